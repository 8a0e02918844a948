package cn.gov.bizenv.casetracking.domain.model.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The width of one point of a time series. Weeks start on Monday. */
public enum Granularity {
  DAY,
  WEEK,
  MONTH;

  /** The first day of the bucket that holds {@code day}. */
  public LocalDate bucketOf(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  /**
   * The granularity that keeps a period's series readable: days up to a month, weeks up to a
   * quarter.
   */
  public static Granularity suitedTo(LocalDate from, LocalDate to) {
    long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
    return days <= 31 ? DAY : days <= 92 ? WEEK : MONTH;
  }
}
