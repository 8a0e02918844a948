package cn.gov.bizenv.casetracking.application.calendar.internal;

import cn.gov.bizenv.casetracking.application.calendar.DeadlineQuery;
import cn.gov.bizenv.casetracking.application.calendar.DeadlineView;
import cn.gov.bizenv.casetracking.application.calendar.Deadlines;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.domain.model.calendar.PausedPeriod;
import cn.gov.bizenv.casetracking.domain.model.timelimit.DeadlinePlan;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimitRule;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimitRuleRepository;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Deadlines from the applicable rule and the cached working-day calendar. Open to any caller
 * ({@code @PermitAll}) because the supervision sweep runs from the platform's timer without one; it
 * reveals no case data, and its API resource admits signed-in people only.
 */
@Stateless
@PermitAll
public class DeadlineService implements Deadlines {
  @Inject TimeLimitRuleRepository rules;
  @Inject WorkingDayCalendars calendars;
  @Inject InputValidation validation;

  @Override
  public DeadlineView compute(DeadlineQuery query) {
    validation.check(query);
    List<PausedPeriod> pauses = query.pauses() == null ? List.of() : query.pauses();
    if (pauses.stream().anyMatch(Objects::isNull)) {
      throw InvalidInputException.of("pauses", "deadline.pause.missing");
    }
    if (query.dispatchedAt() != null && query.dispatchedAt().isBefore(query.receivedAt())) {
      throw InvalidInputException.of("dispatchedAt", "deadline.dispatch.beforeReceipt");
    }
    if (pauses.stream().anyMatch(pause -> pause.start().isBefore(query.receivedAt()))) {
      throw InvalidInputException.of("pauses", "deadline.pause.beforeReceipt");
    }
    TimeLimitRule rule = applicableRule(query);
    DeadlinePlan plan =
        new DeadlinePlan(
            calendars.current(),
            rule.terms(),
            query.receivedAt(),
            query.dispatchedAt(),
            pauses,
            query.extension());
    return new DeadlineView(
        query.channel(),
        TimeLimitRule.normalisedCode(query.categoryCode()),
        TimeLimitService.view(rule),
        plan.receivedAt(),
        plan.signOffDue(),
        plan.replyDue(),
        plan.totalDue(),
        plan.warnings(),
        plan.ladder(),
        List.copyOf(plan.yearsFallingBackToWeekends()));
  }

  /**
   * The category's own rule if it has one, else the channel's default. Codes match exactly: a
   * sub-category does not inherit its parent's rule.
   */
  private TimeLimitRule applicableRule(DeadlineQuery query) {
    String code = TimeLimitRule.normalisedCode(query.categoryCode());
    return (code == null
            ? Optional.<TimeLimitRule>empty()
            : rules.findExactly(query.channel(), code))
        .or(() -> rules.findExactly(query.channel(), null))
        .orElseThrow(() -> new NotFoundException("timeLimitRule", query.channel()));
  }
}
