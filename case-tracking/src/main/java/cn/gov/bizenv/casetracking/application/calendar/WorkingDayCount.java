package cn.gov.bizenv.casetracking.application.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The working days after {@code from} up to and including {@code to}, and the years in between that
 * were counted with plain weekends because their arrangement is not entered.
 */
public record WorkingDayCount(
    LocalDate from, LocalDate to, int workingDays, List<Integer> yearsFallingBackToWeekends) {
  public WorkingDayCount {
    yearsFallingBackToWeekends = List.copyOf(yearsFallingBackToWeekends);
  }
}
