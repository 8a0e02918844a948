package cn.gov.bizenv.casetracking.domain.model.task;

import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Milestone and deadline arithmetic on the working-day calendar: a date that falls on a day off is
 * met on the next working day (顺延), lateness is counted in working days, and a milestone given as
 * "N working days after the start" lands on a working day.
 */
public final class MilestoneClock {
  private final WorkingDayCalendar calendar;

  public MilestoneClock(WorkingDayCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /** The working day by which a step dated {@code date} must be met. */
  public LocalDate effectiveDue(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return calendar.isWorkingDay(date) ? date : calendar.addWorkingDays(date, 1);
  }

  /** The {@code workingDays}-th working day after {@code start}. */
  public LocalDate dueAfter(LocalDate start, int workingDays) {
    return calendar.addWorkingDays(start, workingDays);
  }

  /**
   * Whether the step dated {@code due} is missed: met after its effective due day, or not met and
   * that day is past on {@code today}.
   */
  public boolean isMissed(LocalDate due, LocalDate metOn, LocalDate today) {
    LocalDate by = effectiveDue(due);
    return metOn != null ? metOn.isAfter(by) : today.isAfter(by);
  }

  /** Whether a step was met by its effective due day. */
  public boolean metOnTime(LocalDate due, LocalDate metOn) {
    return metOn != null && !metOn.isAfter(effectiveDue(due));
  }

  /**
   * Working days late: from the effective due day to the day it was met, or to {@code today} if it
   * was not; 0 when on time.
   */
  public int workingDaysLate(LocalDate due, LocalDate metOn, LocalDate today) {
    LocalDate until = metOn != null ? metOn : today;
    return Math.max(0, calendar.workingDaysBetween(effectiveDue(due), until));
  }
}
