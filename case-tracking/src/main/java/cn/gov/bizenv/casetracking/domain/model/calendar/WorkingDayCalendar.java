package cn.gov.bizenv.casetracking.domain.model.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The working-day clock: tells working days from days off using the entered year arrangements.
 *
 * <p>A year with no arrangement falls back to the plain week (Saturday and Sunday off). That is
 * only a stand-in until the year's notice is entered, so the calendar says which years it is
 * guessing for ({@link #covers}, {@link #yearsFallingBackToWeekends}) and callers can warn.
 */
public final class WorkingDayCalendar {

  private final SortedMap<Integer, YearArrangement> arrangementsByYear;

  /**
   * A calendar of the given arrangements, at most one per year.
   *
   * @throws IllegalArgumentException if two arrangements govern the same year
   */
  public WorkingDayCalendar(Collection<YearArrangement> arrangements) {
    Objects.requireNonNull(arrangements, "arrangements");
    SortedMap<Integer, YearArrangement> byYear = new TreeMap<>();
    for (YearArrangement arrangement : arrangements) {
      Objects.requireNonNull(arrangement, "arrangement");
      if (byYear.putIfAbsent(arrangement.year(), arrangement) != null) {
        throw new IllegalArgumentException("two arrangements for the year " + arrangement.year());
      }
    }
    this.arrangementsByYear = Collections.unmodifiableSortedMap(byYear);
  }

  /** A calendar of the arrangements shipped with the portal ({@link OfficialArrangements}). */
  public static WorkingDayCalendar shipped() {
    return new WorkingDayCalendar(OfficialArrangements.shipped());
  }

  /**
   * A copy of this calendar with {@code arrangement} in place of any arrangement for its year, so
   * an administrator's entry replaces the shipped one.
   */
  public WorkingDayCalendar withArrangement(YearArrangement arrangement) {
    Objects.requireNonNull(arrangement, "arrangement");
    Map<Integer, YearArrangement> byYear = new TreeMap<>(arrangementsByYear);
    byYear.put(arrangement.year(), arrangement);
    return new WorkingDayCalendar(byYear.values());
  }

  /** The arrangement entered for {@code year}, if any. */
  public Optional<YearArrangement> arrangementFor(int year) {
    return Optional.ofNullable(arrangementsByYear.get(year));
  }

  /** The years that have an arrangement, in ascending order. */
  public Set<Integer> coveredYears() {
    return Collections.unmodifiableSet(new TreeSet<>(arrangementsByYear.keySet()));
  }

  /** Whether an arrangement was entered for {@code year}; if not, that year uses plain weekends. */
  public boolean covers(int year) {
    return arrangementsByYear.containsKey(year);
  }

  /**
   * The years from {@code from} to {@code to} (both inclusive) that have no arrangement, in
   * ascending order; empty when every day in the range follows an official arrangement.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public Set<Integer> yearsFallingBackToWeekends(LocalDate from, LocalDate to) {
    requireOrdered(from, to);
    Set<Integer> missing = new TreeSet<>();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      if (!covers(year)) {
        missing.add(year);
      }
    }
    return Collections.unmodifiableSet(missing);
  }

  /** What {@code date} is; plain weekday or weekend if its year has no arrangement. */
  public DayKind kindOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    YearArrangement arrangement = arrangementsByYear.get(date.getYear());
    return arrangement == null ? DayKind.byDayOfWeek(date) : arrangement.kindOf(date);
  }

  /** Whether the office works on {@code date} (an ordinary weekday or a make-up workday). */
  public boolean isWorkingDay(LocalDate date) {
    return kindOf(date).isWorkingDay();
  }

  /**
   * The {@code n}-th working day after {@code start}. {@code start} itself is never counted,
   * whatever its kind, so {@code n = 1} is the next working day and {@code n = 0} returns {@code
   * start}.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public LocalDate addWorkingDays(LocalDate start, int n) {
    Objects.requireNonNull(start, "start");
    if (n < 0) {
      throw new IllegalArgumentException("cannot add a negative number of working days: " + n);
    }
    LocalDate day = start;
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The number of working days after {@code fromExclusive} up to and including {@code toInclusive};
   * 0 when the dates are equal or only days off lie between them.
   *
   * <p>When {@code toInclusive} is before {@code fromExclusive} the result is the negated count of
   * the reverse range, so {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)} always
   * holds and a negative result reads as "that many working days ago".
   */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    Objects.requireNonNull(fromExclusive, "fromExclusive");
    Objects.requireNonNull(toInclusive, "toInclusive");
    if (toInclusive.isBefore(fromExclusive)) {
      return -workingDaysBetween(toInclusive, fromExclusive);
    }
    int count = 0;
    for (LocalDate day = fromExclusive.plusDays(1);
        !day.isAfter(toInclusive);
        day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  private static void requireOrdered(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("range ends (" + to + ") before it starts (" + from + ")");
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkingDayCalendar that
        && arrangementsByYear.equals(that.arrangementsByYear);
  }

  @Override
  public int hashCode() {
    return arrangementsByYear.hashCode();
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar" + arrangementsByYear.keySet();
  }
}
