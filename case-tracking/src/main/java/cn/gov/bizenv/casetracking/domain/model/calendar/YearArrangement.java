package cn.gov.bizenv.casetracking.domain.model.calendar;

import cn.gov.bizenv.casetracking.domain.model.calendar.ArrangementProblem.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One year's official holiday arrangement (节假日安排): the days off and the weekend days worked in
 * exchange (调休), as announced by the State Council each November.
 *
 * <p>Only the exceptions to the plain week are listed; every other day is a weekday or weekend day
 * as usual. Holidays may fall on weekdays or weekends, because the notices give whole spans.
 *
 * @param year the calendar year the arrangement governs
 * @param holidays days off (法定节假日 and 调休 days off), all within {@code year}
 * @param makeUpWorkdays Saturdays and Sundays that are worked (调休上班), all within {@code year}
 * @param source where the arrangement comes from, e.g. the notice number, if known
 */
public record YearArrangement(
    int year, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays, Optional<String> source) {

  public YearArrangement {
    Objects.requireNonNull(holidays, "holidays");
    Objects.requireNonNull(makeUpWorkdays, "makeUpWorkdays");
    Objects.requireNonNull(source, "source");
    // Sorted copies so the arrangement reads in date order wherever it is shown or stored.
    holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
    makeUpWorkdays = Collections.unmodifiableSortedSet(new TreeSet<>(makeUpWorkdays));
    source = source.map(String::strip).filter(s -> !s.isEmpty());

    List<ArrangementProblem> problems = problemsWith(year, holidays, makeUpWorkdays);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.get(0).toString());
    }
  }

  /**
   * Every date that would make an arrangement for {@code year} invalid, in the order holidays then
   * make-up workdays, each by date; empty when the lists are fine. Forms and imports use this to
   * name each wrong date instead of stopping at the first.
   *
   * @throws NullPointerException if a list or a date in it is null
   */
  public static List<ArrangementProblem> problemsWith(
      int year, Collection<LocalDate> holidays, Collection<LocalDate> makeUpWorkdays) {
    SortedSet<LocalDate> daysOff = new TreeSet<>(Objects.requireNonNull(holidays, "holidays"));
    SortedSet<LocalDate> worked =
        new TreeSet<>(Objects.requireNonNull(makeUpWorkdays, "makeUpWorkdays"));
    List<ArrangementProblem> problems = new ArrayList<>();
    for (LocalDate day : daysOff) {
      if (day.getYear() != year) {
        problems.add(new ArrangementProblem(year, DayKind.HOLIDAY, day, Reason.OUTSIDE_YEAR));
      }
    }
    for (LocalDate day : worked) {
      if (day.getYear() != year) {
        problems.add(
            new ArrangementProblem(year, DayKind.MAKEUP_WORKDAY, day, Reason.OUTSIDE_YEAR));
      } else if (!DayKind.isWeekend(day)) {
        problems.add(
            new ArrangementProblem(year, DayKind.MAKEUP_WORKDAY, day, Reason.NOT_A_WEEKEND_DAY));
      } else if (daysOff.contains(day)) {
        problems.add(
            new ArrangementProblem(year, DayKind.MAKEUP_WORKDAY, day, Reason.ALSO_A_HOLIDAY));
      }
    }
    return List.copyOf(problems);
  }

  /**
   * Builds an arrangement from plain date lists, as read from a database table or an
   * administrator's form. Repeated dates are harmless; {@code source} may be null or blank when
   * unknown.
   */
  public static YearArrangement of(
      int year,
      Collection<LocalDate> holidays,
      Collection<LocalDate> makeUpWorkdays,
      String source) {
    Objects.requireNonNull(holidays, "holidays");
    Objects.requireNonNull(makeUpWorkdays, "makeUpWorkdays");
    return new YearArrangement(
        year, new TreeSet<>(holidays), new TreeSet<>(makeUpWorkdays), Optional.ofNullable(source));
  }

  /** The kind of a date within this arrangement's year. */
  public DayKind kindOf(LocalDate date) {
    requireInYear(year, date, "date");
    if (holidays.contains(date)) {
      return DayKind.HOLIDAY;
    }
    if (makeUpWorkdays.contains(date)) {
      return DayKind.MAKEUP_WORKDAY;
    }
    return DayKind.byDayOfWeek(date);
  }

  private static void requireInYear(int year, LocalDate day, String what) {
    Objects.requireNonNull(day, what);
    if (day.getYear() != year) {
      throw new IllegalArgumentException(what + " " + day + " is outside the year " + year);
    }
  }
}
