package cn.gov.bizenv.casetracking.domain.model.task;

/**
 * How often the lead reports progress. A period's report is due a few working days after the period
 * ends ({@link #graceWorkingDays}); at-milestone reports are due that long after each milestone's
 * date.
 */
public enum ReportingCadence {
  /** 周报: each week, Monday to Sunday; due the first working day after. */
  WEEKLY(1),
  /** 月报: each calendar month; due the third working day of the next month. */
  MONTHLY(3),
  /** 季报: each calendar quarter; due the fifth working day after it. */
  QUARTERLY(5),
  /** 节点报告: at each milestone; due the third working day after the milestone's date. */
  AT_MILESTONE(3);

  private final int graceWorkingDays;

  ReportingCadence(int graceWorkingDays) {
    this.graceWorkingDays = graceWorkingDays;
  }

  /** Working days after a period's end (or a milestone's date) by which its report is due. */
  public int graceWorkingDays() {
    return graceWorkingDays;
  }
}
