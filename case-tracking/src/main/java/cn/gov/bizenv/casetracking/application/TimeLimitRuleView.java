package cn.gov.bizenv.casetracking.application;

import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.timelimit.LimitUnit;

/**
 * A time-limit rule as shown and edited; {@code categoryCode} is null for the channel's default
 * rule. The thresholds are working days past the reply deadline.
 */
public record TimeLimitRuleView(
    long id,
    Channel channel,
    String categoryCode,
    int signOffWorkingDays,
    int replyAmount,
    LimitUnit replyUnit,
    int totalAmount,
    LimitUnit totalUnit,
    int firstWarningPercent,
    int secondWarningPercent,
    int urgeAfter,
    int supervisionOrderAfter,
    int noticeAfter,
    int accountabilityAfter,
    long version) {

  /** Whether this is the channel's default rule. */
  public boolean channelDefault() {
    return categoryCode == null;
  }
}
