package cn.gov.bizenv.casetracking.domain.model.bulletin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The period a bulletin covers: the week (Monday to Sunday) or the calendar month of a given day,
 * or custom dates. Labels live under {@code periodKind.*}.
 */
public enum PeriodKind {
  WEEKLY,
  MONTHLY,
  CUSTOM;

  /** The first day of the period that contains {@code day} (CUSTOM: the day itself). */
  public LocalDate first(LocalDate day) {
    return switch (this) {
      case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTHLY -> day.withDayOfMonth(1);
      case CUSTOM -> day;
    };
  }

  /**
   * The last day of the period that starts with {@code from}; CUSTOM keeps {@code to} as given
   * (null when missing).
   */
  public LocalDate last(LocalDate from, LocalDate to) {
    return switch (this) {
      case WEEKLY -> first(from).plusDays(6);
      case MONTHLY -> from.withDayOfMonth(from.lengthOfMonth());
      case CUSTOM -> to;
    };
  }
}
