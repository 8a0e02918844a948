package cn.gov.bizenv.casetracking.application.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The working-day calendar: the yearly holiday arrangements administrators enter from the State
 * Council's notices. Everyone signed in may read it.
 */
public interface WorkingCalendar {
  /**
   * Every entered year, plus this year and next year when they are missing (marked not covered), so
   * that a missing notice is noticed.
   */
  List<CalendarYearSummary> years();

  /** One year's arrangement; a year not entered reads as not covered, with no listed days. */
  CalendarYearView year(int year);

  /**
   * Enters or replaces a year's arrangement (administrators). Deadlines use it from then on.
   *
   * @throws cn.gov.bizenv.casetracking.domain.shared.InvalidInputException naming the list and date
   *     at fault
   */
  CalendarYearView save(int year, YearArrangementInput input);

  /** Working days after {@code from} up to and including {@code to}; negative when reversed. */
  WorkingDayCount workingDays(LocalDate from, LocalDate to);

  /**
   * The {@code days}-th working day after {@code from} on the current calendar (plain weekends in
   * years not entered). Open to every module, timers included, because it reveals nothing.
   */
  LocalDate addWorkingDays(LocalDate from, int days);
}
