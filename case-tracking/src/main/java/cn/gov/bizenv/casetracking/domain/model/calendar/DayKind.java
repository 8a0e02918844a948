package cn.gov.bizenv.casetracking.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** What a calendar day is for an office that keeps the official (State Council) calendar. */
public enum DayKind {
  /** 工作日: an ordinary Monday to Friday. */
  WORKDAY(true),
  /** 周末: an ordinary Saturday or Sunday. */
  WEEKEND(false),
  /** 法定节假日: a day off under the year's arrangement, including the 调休 weekdays given off. */
  HOLIDAY(false),
  /** 调休上班: a Saturday or Sunday that is worked to make up for a holiday. */
  MAKEUP_WORKDAY(true);

  private final boolean workingDay;

  DayKind(boolean workingDay) {
    this.workingDay = workingDay;
  }

  /** Whether the office is open, so the day counts towards working-day time limits. */
  public boolean isWorkingDay() {
    return workingDay;
  }

  /** The kind a date has when no arrangement says otherwise: Saturday and Sunday off. */
  static DayKind byDayOfWeek(LocalDate date) {
    return isWeekend(date) ? WEEKEND : WORKDAY;
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
