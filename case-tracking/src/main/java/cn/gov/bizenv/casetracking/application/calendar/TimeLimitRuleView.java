package cn.gov.bizenv.casetracking.application.calendar;

import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.timelimit.LimitUnit;

/**
 * A time-limit rule as shown and edited; {@code categoryCode} is null for the channel's default
 * rule, which {@code channelDefault} also says for pages and API clients. The thresholds are
 * working days past the reply deadline.
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
    long version,
    boolean channelDefault) {

  public TimeLimitRuleView {
    if (channelDefault != (categoryCode == null)) {
      throw new IllegalArgumentException("only the rule without a category is the default");
    }
  }
}
