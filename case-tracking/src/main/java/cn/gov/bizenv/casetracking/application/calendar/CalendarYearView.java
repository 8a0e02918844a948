package cn.gov.bizenv.casetracking.application.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One year's arrangement: its holidays and make-up workdays in date order. A year not entered is
 * not {@code covered}, has empty lists and a null {@code version}; saving it needs no version.
 */
public record CalendarYearView(
    int year,
    boolean covered,
    List<LocalDate> holidays,
    List<LocalDate> makeUpWorkdays,
    String source,
    LocalDateTime updatedAt,
    String updatedBy,
    Long version) {
  public CalendarYearView {
    holidays = List.copyOf(holidays);
    makeUpWorkdays = List.copyOf(makeUpWorkdays);
  }
}
