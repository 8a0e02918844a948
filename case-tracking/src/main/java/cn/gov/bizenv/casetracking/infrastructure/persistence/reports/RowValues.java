package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Reads the values of report rows, whose Java types differ between databases and queries. */
final class RowValues {
  private RowValues() {}

  /** A count or id; a sum over no rows is NULL, which counts nothing. */
  static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  static LocalDate day(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof java.util.Date date) {
      return new java.sql.Date(date.getTime()).toLocalDate();
    }
    if (value instanceof LocalDateTime time) {
      return time.toLocalDate();
    }
    return LocalDate.parse(String.valueOf(value).substring(0, 10));
  }
}
