package cn.gov.bizenv.casetracking.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.shipped();

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    // Spring Festival 2026: Sat 14 Feb is worked, 15-23 Feb off.
    "2026-02-13, 0, 2026-02-13",
    "2026-02-13, 1, 2026-02-14",
    "2026-02-13, 2, 2026-02-24",
    "2026-02-13, 3, 2026-02-25",
    "2026-02-14, 1, 2026-02-24",
    "2026-02-17, 1, 2026-02-24", // from inside the break
    "2026-02-24, 4, 2026-02-28", // Sat 28 Feb is worked
    "2026-02-24, 5, 2026-03-02",
    // National Day 2025: Sun 28 Sep worked, 1-8 Oct off, Sat 11 Oct worked.
    "2025-09-26, 1, 2025-09-28",
    "2025-09-26, 2, 2025-09-29",
    "2025-09-30, 1, 2025-10-09",
    "2025-09-30, 2, 2025-10-10",
    "2025-09-30, 3, 2025-10-11",
    "2025-09-30, 4, 2025-10-13",
    "2025-10-04, 1, 2025-10-09",
    // Plain weeks.
    "2025-03-07, 1, 2025-03-10", // Friday to Monday
    "2025-03-08, 1, 2025-03-10", // Saturday to Monday
    "2025-03-03, 10, 2025-03-17",
    // Into the fallback year 2027, where 1 Jan (a Friday) is assumed to be worked.
    "2026-12-31, 1, 2027-01-01",
    "2026-12-31, 2, 2027-01-04",
  })
  void addsWorkingDays(LocalDate start, int n, LocalDate expected) {
    assertEquals(expected, calendar.addWorkingDays(start, n));
  }

  @Test
  void refusesToAddNegativeWorkingDays() {
    assertThrows(
        IllegalArgumentException.class, () -> calendar.addWorkingDays(date("2025-03-03"), -1));
  }

  @ParameterizedTest(name = "({0}, {1}] holds {2} working days")
  @CsvSource({
    "2026-02-13, 2026-02-13, 0",
    "2026-02-14, 2026-02-23, 0", // the whole Spring Festival break
    "2026-02-13, 2026-02-24, 2",
    "2025-09-30, 2025-10-12, 3",
    "2025-03-07, 2025-03-09, 0", // a plain weekend
    "2026-02-24, 2026-02-13, -2", // reversed range: negated
    "2025-10-12, 2025-09-30, -3",
  })
  void countsWorkingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive, int expected) {
    assertEquals(expected, calendar.workingDaysBetween(fromExclusive, toInclusive));
  }

  @Test
  void countingIsTheInverseOfAddingAndReversesSign() {
    for (LocalDate start = date("2025-01-01");
        start.isBefore(date("2027-01-01"));
        start = start.plusDays(1)) {
      for (int n = 0; n <= 12; n++) {
        LocalDate end = calendar.addWorkingDays(start, n);
        assertEquals(n, calendar.workingDaysBetween(start, end), start + " + " + n);
        assertEquals(-n, calendar.workingDaysBetween(end, start), start + " + " + n);
        if (n > 0) {
          assertTrue(calendar.isWorkingDay(end), start + " + " + n);
          assertEquals(n - 1, calendar.workingDaysBetween(start, end.minusDays(1)));
        }
      }
    }
  }

  @Test
  void coversOnlyTheEnteredYears() {
    assertTrue(calendar.covers(2025));
    assertTrue(calendar.covers(2026));
    assertFalse(calendar.covers(2024));
    assertFalse(calendar.covers(2027));
    assertEquals(List.of(2025, 2026), List.copyOf(calendar.coveredYears()));
  }

  @Test
  void saysWhichYearsFallBackToPlainWeekends() {
    assertEquals(
        Set.of(), calendar.yearsFallingBackToWeekends(date("2025-01-01"), date("2026-12-31")));
    assertEquals(
        Set.of(2027), calendar.yearsFallingBackToWeekends(date("2026-12-01"), date("2027-01-05")));
    assertEquals(
        List.of(2024, 2027, 2028),
        List.copyOf(calendar.yearsFallingBackToWeekends(date("2024-06-01"), date("2028-01-05"))));
    assertEquals(
        Set.of(2027), calendar.yearsFallingBackToWeekends(date("2027-03-01"), date("2027-03-01")));
    assertThrows(
        IllegalArgumentException.class,
        () -> calendar.yearsFallingBackToWeekends(date("2027-03-02"), date("2027-03-01")));
  }

  @Test
  void treatsAFallbackYearAsPlainWeekends() {
    // 2027-01-01 is New Year's Day, but no 2027 notice is entered yet.
    assertEquals(DayKind.WORKDAY, calendar.kindOf(date("2027-01-01")));
    assertEquals(DayKind.WEEKEND, calendar.kindOf(date("2027-01-02")));
    assertEquals(DayKind.WEEKEND, calendar.kindOf(date("2027-01-03")));
    assertEquals(DayKind.WORKDAY, calendar.kindOf(date("2027-02-08")));
    assertEquals(261, calendar.workingDaysBetween(date("2026-12-31"), date("2027-12-31")));
  }

  @Test
  void anEnteredYearStopsFallingBack() {
    YearArrangement entered =
        YearArrangement.of(
            2027,
            List.of(date("2027-01-01"), date("2027-01-02")),
            List.of(date("2027-01-09")),
            null);
    WorkingDayCalendar updated = calendar.withArrangement(entered);

    assertTrue(updated.covers(2027));
    assertEquals(
        Set.of(), updated.yearsFallingBackToWeekends(date("2026-12-01"), date("2027-01-05")));
    assertEquals(DayKind.HOLIDAY, updated.kindOf(date("2027-01-01")));
    assertEquals(DayKind.MAKEUP_WORKDAY, updated.kindOf(date("2027-01-09")));
    assertEquals(date("2027-01-04"), updated.addWorkingDays(date("2026-12-31"), 1));
    // The original calendar is unchanged.
    assertFalse(calendar.covers(2027));
    assertEquals(DayKind.WORKDAY, calendar.kindOf(date("2027-01-01")));
  }

  @Test
  void anEnteredArrangementReplacesTheShippedOneForItsYear() {
    YearArrangement corrected =
        YearArrangement.of(2026, List.of(date("2026-01-01")), List.of(), null);
    WorkingDayCalendar updated = calendar.withArrangement(corrected);

    assertEquals(corrected, updated.arrangementFor(2026).orElseThrow());
    assertEquals(DayKind.WORKDAY, updated.kindOf(date("2026-01-02")));
    assertEquals(DayKind.HOLIDAY, calendar.kindOf(date("2026-01-02")));
  }

  @Test
  void rejectsTwoArrangementsForOneYear() {
    YearArrangement other = YearArrangement.of(2025, List.of(), List.of(), null);
    assertThrows(
        IllegalArgumentException.class,
        () -> new WorkingDayCalendar(List.of(OfficialArrangements.year2025(), other)));
  }

  @Test
  void anEmptyCalendarIsAllPlainWeekends() {
    WorkingDayCalendar empty = new WorkingDayCalendar(List.of());
    assertEquals(DayKind.WORKDAY, empty.kindOf(date("2025-10-01")));
    assertEquals(
        Set.of(2025, 2026),
        empty.yearsFallingBackToWeekends(date("2025-10-01"), date("2026-01-01")));
  }
}
