package cn.gov.bizenv.casetracking.application;

import java.time.LocalDate;

/**
 * What a report covers: the days [from, to] and optionally one district (the unit the writer named,
 * of kind COUNTY_OR_DISTRICT) or one lead unit. Periods longer than {@link #MAX_DAYS} are refused
 * so that a day series stays bounded.
 */
public record ReportPeriod(LocalDate from, LocalDate to, Long districtId, Long unitId) {
  public static final int MAX_DAYS = 3 * 366;

  public static ReportPeriod of(LocalDate from, LocalDate to) {
    return new ReportPeriod(from, to, null, null);
  }
}
