package cn.gov.bizenv.casetracking.application.calendar.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.calendar.TimeLimitRuleView;
import cn.gov.bizenv.casetracking.application.calendar.TimeLimitSettings;
import cn.gov.bizenv.casetracking.application.calendar.TimeLimits;
import cn.gov.bizenv.casetracking.application.directory.NewCategoryRule;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.timelimit.LimitUnit;
import cn.gov.bizenv.casetracking.domain.model.timelimit.OverdueLadder;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimit;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimitRule;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimitRuleRepository;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimitTerms;
import cn.gov.bizenv.casetracking.domain.model.timelimit.WarningShares;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Administrators edit the time-limit rules; everyone signed in may read them. */
@Stateless
@RolesAllowed(ADMINISTRATOR)
public class TimeLimitService implements TimeLimits {
  @Inject TimeLimitRuleRepository rules;
  @Inject InputValidation validation;

  @Override
  @RolesAllowed({
    ADMINISTRATOR,
    TRIAGE_OFFICER,
    UNIT_HANDLER,
    SUPERVISOR,
    CHIEF_SERVICE_OFFICER,
    LEADER
  })
  public Page<TimeLimitRuleView> find(Channel channel, PageRequest page) {
    return new Page<>(rules.find(channel, page), rules.count(channel)).map(TimeLimitService::view);
  }

  @Override
  @RolesAllowed({
    ADMINISTRATOR,
    TRIAGE_OFFICER,
    UNIT_HANDLER,
    SUPERVISOR,
    CHIEF_SERVICE_OFFICER,
    LEADER
  })
  public TimeLimitRuleView get(long id) {
    return view(load(id));
  }

  @Override
  public TimeLimitRuleView create(NewCategoryRule command) {
    validation.check(command);
    String code = TimeLimitRule.normalisedCode(command.categoryCode());
    if (rules.findExactly(command.channel(), code).isPresent()) {
      throw new ConflictException("timeLimit.exists", code);
    }
    TimeLimitRule channelDefault =
        rules
            .findExactly(command.channel(), null)
            .orElseThrow(() -> new NotFoundException("timeLimitRule", command.channel()));
    TimeLimitRule rule = channelDefault.copyFor(code);
    rules.add(rule);
    return view(rule);
  }

  @Override
  public TimeLimitRuleView change(long id, TimeLimitSettings command) {
    validation.check(command);
    TimeLimitTerms terms = terms(command);
    TimeLimitRule rule = load(id);
    if (rule.getVersion() != command.version()) {
      throw ConflictException.staleVersion();
    }
    rule.change(terms);
    rules.flush();
    return view(rule);
  }

  @Override
  public void remove(long id, long version) {
    TimeLimitRule rule = load(id);
    if (rule.isChannelDefault()) {
      throw new RuleViolationException("timeLimit.default.kept");
    }
    if (rule.getVersion() != version) {
      throw ConflictException.staleVersion();
    }
    rules.remove(rule);
  }

  /**
   * The terms, once the rules that tie the fields together hold; each broken rule is reported on
   * the field an administrator would change.
   */
  static TimeLimitTerms terms(TimeLimitSettings s) {
    List<FieldViolation> violations = new ArrayList<>();
    requireWithinUnit(violations, "replyAmount", s.replyAmount(), s.replyUnit());
    requireWithinUnit(violations, "totalAmount", s.totalAmount(), s.totalUnit());
    if (s.totalUnit() != s.replyUnit()) {
      violations.add(new FieldViolation("totalUnit", "timeLimit.total.unit", Map.of()));
    } else if (s.totalAmount() < s.replyAmount()) {
      violations.add(new FieldViolation("totalAmount", "timeLimit.total.short", Map.of()));
    }
    if (s.secondWarningPercent() <= s.firstWarningPercent()) {
      violations.add(
          new FieldViolation("secondWarningPercent", "timeLimit.warning.order", Map.of()));
    }
    int[] ladder = {
      s.urgeAfter(), s.supervisionOrderAfter(), s.noticeAfter(), s.accountabilityAfter()
    };
    String[] ladderFields = {
      "urgeAfter", "supervisionOrderAfter", "noticeAfter", "accountabilityAfter"
    };
    for (int step = 1; step < ladder.length; step++) {
      if (ladder[step] <= ladder[step - 1]) {
        violations.add(new FieldViolation(ladderFields[step], "timeLimit.ladder.order", Map.of()));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new TimeLimitTerms(
        s.signOffWorkingDays(),
        new TimeLimit(s.replyAmount(), s.replyUnit()),
        new TimeLimit(s.totalAmount(), s.totalUnit()),
        new WarningShares(s.firstWarningPercent(), s.secondWarningPercent()),
        new OverdueLadder(
            s.urgeAfter(), s.supervisionOrderAfter(), s.noticeAfter(), s.accountabilityAfter()));
  }

  // Bean Validation caps every amount at a year of working days; months have a lower cap.
  private static void requireWithinUnit(
      List<FieldViolation> violations, String field, int amount, LimitUnit unit) {
    if (amount > unit.maximum()) {
      violations.add(new FieldViolation(field, "number.max", Map.of("value", unit.maximum())));
    }
  }

  private TimeLimitRule load(long id) {
    return rules.find(id).orElseThrow(() -> new NotFoundException("timeLimitRule", id));
  }

  static TimeLimitRuleView view(TimeLimitRule rule) {
    TimeLimitTerms terms = rule.terms();
    return new TimeLimitRuleView(
        rule.getId(),
        rule.getChannel(),
        rule.getCategoryCode(),
        terms.signOffWorkingDays(),
        terms.reply().amount(),
        terms.reply().unit(),
        terms.total().amount(),
        terms.total().unit(),
        terms.warnings().firstPercent(),
        terms.warnings().secondPercent(),
        terms.ladder().urgeAfter(),
        terms.ladder().supervisionOrderAfter(),
        terms.ladder().noticeAfter(),
        terms.ladder().accountabilityAfter(),
        rule.getVersion(),
        rule.isChannelDefault());
  }
}
