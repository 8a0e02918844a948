package cn.gov.bizenv.portal.web.calendar;

import cn.gov.bizenv.casetracking.application.calendar.CalendarYearView;
import cn.gov.bizenv.casetracking.domain.model.calendar.DayKind;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A year as twelve month grids, Monday first, each day with its kind, for the overview. */
public final class YearOverview implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One day in a grid; {@code date} is null for the blanks before the 1st and after the last. */
  public record Day(LocalDate date, DayKind kind) implements Serializable {
    public int getNumber() {
      return date == null ? 0 : date.getDayOfMonth();
    }
  }

  /** A month: its number and its weeks, each of seven days. */
  public record Month(int number, List<List<Day>> weeks) implements Serializable {}

  private final List<Month> months;

  private YearOverview(List<Month> months) {
    this.months = List.copyOf(months);
  }

  /** The overview of a year as saved; a year not entered shows plain weekdays and weekends. */
  public static YearOverview of(CalendarYearView year) {
    Set<LocalDate> holidays = new HashSet<>(year.holidays());
    Set<LocalDate> makeUps = new HashSet<>(year.makeUpWorkdays());
    List<Month> months = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      LocalDate first = LocalDate.of(year.year(), month, 1);
      List<List<Day>> weeks = new ArrayList<>();
      List<Day> week = new ArrayList<>();
      for (int blank = 1; blank < first.getDayOfWeek().getValue(); blank++) {
        week.add(new Day(null, null));
      }
      for (LocalDate day = first; day.getMonthValue() == month; day = day.plusDays(1)) {
        week.add(new Day(day, kind(day, holidays, makeUps)));
        if (week.size() == 7) {
          weeks.add(week);
          week = new ArrayList<>();
        }
      }
      if (!week.isEmpty()) {
        while (week.size() < 7) {
          week.add(new Day(null, null));
        }
        weeks.add(week);
      }
      months.add(new Month(month, weeks));
    }
    return new YearOverview(months);
  }

  private static DayKind kind(LocalDate day, Set<LocalDate> holidays, Set<LocalDate> makeUps) {
    if (holidays.contains(day)) {
      return DayKind.HOLIDAY;
    }
    if (makeUps.contains(day)) {
      return DayKind.MAKEUP_WORKDAY;
    }
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY
        ? DayKind.WEEKEND
        : DayKind.WORKDAY;
  }

  public List<Month> getMonths() {
    return months;
  }

  /** Column headings, Monday first. */
  public List<DayOfWeek> getWeekdays() {
    return Arrays.asList(DayOfWeek.values());
  }
}
