package cn.gov.bizenv.casetracking.application.calendar;

/**
 * Works out a case's deadlines from the time-limit rule of its channel and category and the
 * working-day calendar; open to everyone signed in.
 */
public interface Deadlines {
  /**
   * @throws cn.gov.bizenv.casetracking.domain.shared.InvalidInputException if a field is missing or
   *     the dates are out of order
   * @throws cn.gov.bizenv.casetracking.domain.shared.RuleViolationException if the extension passes
   *     the rule's outer limit
   */
  DeadlineView compute(DeadlineQuery query);
}
