package cn.gov.bizenv.casetracking.domain.model.timelimit;

import java.util.Objects;

/**
 * What a rule allows a case: sign-off by the unit (签收) in working days after dispatch, the reply to
 * the writer (答复) and the outer limit (办结时限上限) after receipt, the warning shares and the overdue
 * ladder.
 *
 * <p>The outer limit is the longest a case may run, approved extensions included: an extension
 * moves the reply deadline, never past the outer limit. So deputies' suggestions have a reply limit
 * of 3 calendar months and an outer limit of 6. The reply and outer limits are in one unit so that
 * they always compare.
 */
public record TimeLimitTerms(
    int signOffWorkingDays,
    TimeLimit reply,
    TimeLimit total,
    WarningShares warnings,
    OverdueLadder ladder) {
  public static final int MAX_SIGN_OFF_DAYS = 30;

  public TimeLimitTerms {
    Objects.requireNonNull(reply, "reply");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(warnings, "warnings");
    Objects.requireNonNull(ladder, "ladder");
    if (signOffWorkingDays < 1 || signOffWorkingDays > MAX_SIGN_OFF_DAYS) {
      throw new IllegalArgumentException(
          "sign-off must be 1.." + MAX_SIGN_OFF_DAYS + " working days: " + signOffWorkingDays);
    }
    if (reply.unit() != total.unit()) {
      throw new IllegalArgumentException("reply and outer limit must share a unit");
    }
    if (!total.isAtLeast(reply)) {
      throw new IllegalArgumentException("the outer limit " + total + " is shorter than " + reply);
    }
  }
}
