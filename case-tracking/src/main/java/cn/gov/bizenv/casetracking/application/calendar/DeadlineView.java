package cn.gov.bizenv.casetracking.application.calendar;

import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.timelimit.DeadlinePlan;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A case's deadlines, each at the end of its day, the rule they come from, the warning days and the
 * overdue ladder. {@code yearsFallingBackToWeekends} lists the years counted with plain weekends
 * because their arrangement is not entered yet: the dates may move, and the page should say so.
 */
public record DeadlineView(
    Channel channel,
    String categoryCode,
    TimeLimitRuleView rule,
    LocalDateTime receivedAt,
    LocalDateTime signOffDue,
    LocalDateTime replyDue,
    LocalDateTime totalDue,
    List<DeadlinePlan.Warning> warnings,
    List<DeadlinePlan.LadderDate> ladder,
    List<Integer> yearsFallingBackToWeekends) {
  public DeadlineView {
    warnings = List.copyOf(warnings);
    ladder = List.copyOf(ladder);
    yearsFallingBackToWeekends = List.copyOf(yearsFallingBackToWeekends);
  }
}
