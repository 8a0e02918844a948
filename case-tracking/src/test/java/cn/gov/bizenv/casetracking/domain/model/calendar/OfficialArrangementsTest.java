package cn.gov.bizenv.casetracking.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the shipped data day by day against the notices, written out again here on purpose so a
 * typo in {@link OfficialArrangements} cannot hide behind the same typo in the expectation.
 */
class OfficialArrangementsTest {

  /** Spans of days off, first and last day inclusive, as printed in the notices. */
  private static final String[][] DAYS_OFF = {
    {"2025-01-01", "2025-01-01"},
    {"2025-01-28", "2025-02-04"},
    {"2025-04-04", "2025-04-06"},
    {"2025-05-01", "2025-05-05"},
    {"2025-05-31", "2025-06-02"},
    {"2025-10-01", "2025-10-08"},
    {"2026-01-01", "2026-01-03"},
    {"2026-02-15", "2026-02-23"},
    {"2026-04-04", "2026-04-06"},
    {"2026-05-01", "2026-05-05"},
    {"2026-06-19", "2026-06-21"},
    {"2026-09-25", "2026-09-27"},
    {"2026-10-01", "2026-10-07"},
  };

  private static final String[] WORKED_WEEKEND_DAYS = {
    "2025-01-26",
    "2025-02-08",
    "2025-04-27",
    "2025-09-28",
    "2025-10-11",
    "2026-01-04",
    "2026-02-14",
    "2026-02-28",
    "2026-05-09",
    "2026-09-20",
    "2026-10-10",
  };

  private final WorkingDayCalendar calendar = WorkingDayCalendar.shipped();

  static Stream<LocalDate> daysOff() {
    return Stream.of(DAYS_OFF)
        .flatMap(span -> LocalDate.parse(span[0]).datesUntil(LocalDate.parse(span[1]).plusDays(1)));
  }

  static Stream<LocalDate> workedWeekendDays() {
    return Stream.of(WORKED_WEEKEND_DAYS).map(LocalDate::parse);
  }

  /** Every day of 2025 and 2026 with the kind the notices give it. */
  static Stream<Arguments> everyDayOf2025And2026() {
    Map<LocalDate, DayKind> exceptions = new HashMap<>();
    daysOff().forEach(day -> exceptions.put(day, DayKind.HOLIDAY));
    workedWeekendDays().forEach(day -> exceptions.put(day, DayKind.MAKEUP_WORKDAY));
    return LocalDate.of(2025, 1, 1)
        .datesUntil(LocalDate.of(2027, 1, 1))
        .map(
            day -> {
              DayOfWeek dow = day.getDayOfWeek();
              DayKind plain =
                  dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY
                      ? DayKind.WEEKEND
                      : DayKind.WORKDAY;
              return Arguments.of(day, exceptions.getOrDefault(day, plain));
            });
  }

  @ParameterizedTest
  @MethodSource("daysOff")
  void everyShippedDayOffIsAHoliday(LocalDate day) {
    assertEquals(DayKind.HOLIDAY, calendar.kindOf(day));
    assertFalse(calendar.isWorkingDay(day));
  }

  @ParameterizedTest
  @MethodSource("workedWeekendDays")
  void everyShippedWorkedWeekendDayIsAMakeUpWorkday(LocalDate day) {
    assertEquals(DayKind.MAKEUP_WORKDAY, calendar.kindOf(day));
    assertTrue(calendar.isWorkingDay(day));
  }

  @ParameterizedTest
  @MethodSource("everyDayOf2025And2026")
  void everyOtherDayFollowsThePlainWeek(LocalDate day, DayKind expected) {
    assertEquals(expected, calendar.kindOf(day), day + " (" + day.getDayOfWeek() + ")");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "2026-02-13, WORKDAY", // Friday before the Spring Festival
    "2026-02-14, MAKEUP_WORKDAY", // Saturday worked
    "2026-02-15, HOLIDAY", // Sunday, first day of the Spring Festival break
    "2026-02-17, HOLIDAY", // Tuesday, 春节
    "2026-02-23, HOLIDAY", // Monday, last day of the break
    "2026-02-24, WORKDAY",
    "2026-02-28, MAKEUP_WORKDAY",
    "2026-03-01, WEEKEND",
    "2025-10-08, HOLIDAY", // Wednesday
    "2025-10-11, MAKEUP_WORKDAY", // Saturday
    "2025-10-12, WEEKEND",
    "2025-06-03, WORKDAY",
    "2025-12-31, WORKDAY",
  })
  void namedExamples(LocalDate day, DayKind expected) {
    assertEquals(expected, calendar.kindOf(day));
  }

  @Test
  void dayCountsMatchTheNotices() {
    assertEquals(28, OfficialArrangements.year2025().holidays().size());
    assertEquals(5, OfficialArrangements.year2025().makeUpWorkdays().size());
    assertEquals(33, OfficialArrangements.year2026().holidays().size());
    assertEquals(6, OfficialArrangements.year2026().makeUpWorkdays().size());
  }

  @Test
  void eachYearHas248WorkingDays() {
    // 261 weekdays, less 18 (2025) or 19 (2026) weekday holidays, plus 5 or 6 worked weekend days.
    assertEquals(
        248, calendar.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31)));
    assertEquals(
        248, calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)));
  }

  @Test
  void shipsExactly2025And2026WithTheirSources() {
    List<YearArrangement> shipped = OfficialArrangements.shipped();
    assertEquals(List.of(2025, 2026), shipped.stream().map(YearArrangement::year).toList());
    assertEquals("国办发明电〔2024〕12号", shipped.get(0).source().orElseThrow());
  }
}
