package cn.gov.bizenv.portal.web.reports;

import java.time.LocalDate;

/** The period presets of the report pages; CUSTOM keeps the dates the reader entered. */
public enum ReportPeriodChoice {
  THIS_MONTH,
  LAST_MONTH,
  THIS_YEAR,
  CUSTOM;

  /** The first day of the preset's period as of {@code today} (null for CUSTOM). */
  public LocalDate from(LocalDate today) {
    return switch (this) {
      case THIS_MONTH -> today.withDayOfMonth(1);
      case LAST_MONTH -> today.minusMonths(1).withDayOfMonth(1);
      case THIS_YEAR -> today.withDayOfYear(1);
      case CUSTOM -> null;
    };
  }

  /** The last day of the preset's period as of {@code today} (null for CUSTOM). */
  public LocalDate to(LocalDate today) {
    return switch (this) {
      case THIS_MONTH -> today.withDayOfMonth(today.lengthOfMonth());
      case LAST_MONTH -> today.withDayOfMonth(1).minusDays(1);
      case THIS_YEAR -> today.withDayOfYear(today.lengthOfYear());
      case CUSTOM -> null;
    };
  }
}
