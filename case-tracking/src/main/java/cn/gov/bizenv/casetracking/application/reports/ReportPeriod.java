package cn.gov.bizenv.casetracking.application.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What a report covers: the days [from, to] and optionally one district (the unit the writer named,
 * of kind COUNTY_OR_DISTRICT) or one lead unit, and optionally one imported batch (上级交办; every
 * figure then counts only that batch's cases). {@code asOf} is the moment against which "past due"
 * and "overdue" are judged (null: now), so that a report can be reproduced for a past day. Periods
 * longer than {@link #MAX_DAYS} are refused so that a day series stays bounded.
 */
public record ReportPeriod(
    LocalDate from, LocalDate to, Long districtId, Long unitId, LocalDateTime asOf, Long batchId) {
  public static final int MAX_DAYS = 3 * 366;

  public ReportPeriod(
      LocalDate from, LocalDate to, Long districtId, Long unitId, LocalDateTime asOf) {
    this(from, to, districtId, unitId, asOf, null);
  }

  public ReportPeriod(LocalDate from, LocalDate to, Long districtId, Long unitId) {
    this(from, to, districtId, unitId, null);
  }

  public static ReportPeriod of(LocalDate from, LocalDate to) {
    return new ReportPeriod(from, to, null, null, null, null);
  }
}
