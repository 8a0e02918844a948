package cn.gov.bizenv.casetracking.domain.model.timelimit;

/**
 * What a time limit is counted in. Most limits are working days on the official calendar; deputies'
 * suggestions and CPPCC proposals are answered within calendar months (3, at most 6).
 */
public enum LimitUnit {
  /** 工作日: days the office works, on the official calendar with its 调休. */
  WORKING_DAYS(250),
  /** 自然月: months from the receipt date. */
  CALENDAR_MONTHS(24);

  private final int maximum;

  LimitUnit(int maximum) {
    this.maximum = maximum;
  }

  /** The largest limit accepted in this unit (about a year of working days; two years). */
  public int maximum() {
    return maximum;
  }
}
