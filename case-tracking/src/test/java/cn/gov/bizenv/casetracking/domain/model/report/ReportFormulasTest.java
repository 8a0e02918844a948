package cn.gov.bizenv.casetracking.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReportFormulasTest {
  private final WorkingDayCalendar calendar = WorkingDayCalendar.shipped();

  @Test
  void percentHasOneDecimalAndNoValueWithoutBase() {
    assertEquals(66.7, ReportFormulas.percent(2, 3));
    assertEquals(100.0, ReportFormulas.percent(4, 4));
    assertEquals(0.0, ReportFormulas.percent(0, 5));
    assertNull(ReportFormulas.percent(0, 0));
  }

  @Test
  void sameDayIsZeroAndFridayToMondayIsOneWorkingDay() {
    LocalDate friday = LocalDate.of(2026, 3, 6);
    LocalDate monday = LocalDate.of(2026, 3, 9);
    assertEquals(
        0.0,
        ReportFormulas.averageWorkingDays(
            calendar, List.of(new DayCount(friday, 1)), List.of(new DayCount(friday, 1))));
    assertEquals(
        1.0,
        ReportFormulas.averageWorkingDays(
            calendar, List.of(new DayCount(friday, 1)), List.of(new DayCount(monday, 1))));
    // Two cases: 1 and 0 working days.
    assertEquals(
        0.5,
        ReportFormulas.averageWorkingDays(
            calendar,
            List.of(new DayCount(friday, 2)),
            List.of(new DayCount(monday, 1), new DayCount(friday, 1))));
  }

  @Test
  void holidaysDoNotCount() {
    // 2026 National Day: dispatched the working day before, replied the first working day after.
    LocalDate before = LocalDate.of(2026, 9, 30);
    LocalDate after = LocalDate.of(2026, 10, 9);
    int expected = calendar.workingDaysBetween(before, after);
    assertEquals(
        (double) expected,
        ReportFormulas.averageWorkingDays(
            calendar, List.of(new DayCount(before, 1)), List.of(new DayCount(after, 1))));
    assertEquals(true, expected < 7, "the holiday week must not count as working days");
  }

  @Test
  void bucketSumsEqualThePerCaseAverage() {
    Random random = new Random(42);
    Map<LocalDate, Long> dispatch = new HashMap<>();
    Map<LocalDate, Long> reply = new HashMap<>();
    long total = 0;
    int cases = 300;
    for (int i = 0; i < cases; i++) {
      LocalDate d = LocalDate.of(2025, 12, 1).plusDays(random.nextInt(200));
      LocalDate r = d.plusDays(random.nextInt(40));
      total += calendar.workingDaysBetween(d, r);
      dispatch.merge(d, 1L, Long::sum);
      reply.merge(r, 1L, Long::sum);
    }
    List<DayCount> ds = new ArrayList<>();
    dispatch.forEach((k, v) -> ds.add(new DayCount(k, v)));
    List<DayCount> rs = new ArrayList<>();
    reply.forEach((k, v) -> rs.add(new DayCount(k, v)));
    assertEquals(
        Math.round(total * 10.0 / cases) / 10.0,
        ReportFormulas.averageWorkingDays(calendar, ds, rs));
  }

  @Test
  void noHandledCasesHaveNoAverage() {
    assertNull(ReportFormulas.averageWorkingDays(calendar, List.of(), List.of()));
  }

  @Test
  void seriesHasEveryBucketOfThePeriod() {
    List<SeriesPoint> points =
        ReportFormulas.series(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 3, 31),
            Granularity.MONTH,
            List.of(
                new DayCount(LocalDate.of(2026, 1, 5), 2),
                new DayCount(LocalDate.of(2026, 1, 20), 3)),
            List.of(new DayCount(LocalDate.of(2026, 3, 2), 1)));
    assertEquals(
        List.of(
            new SeriesPoint(LocalDate.of(2026, 1, 1), 5, 0),
            new SeriesPoint(LocalDate.of(2026, 2, 1), 0, 0),
            new SeriesPoint(LocalDate.of(2026, 3, 1), 0, 1)),
        points);
  }

  @Test
  void weeksStartOnMondayAndGranularityFollowsTheLength() {
    assertEquals(LocalDate.of(2026, 3, 2), Granularity.WEEK.bucketOf(LocalDate.of(2026, 3, 8)));
    assertEquals(
        Granularity.DAY, Granularity.suitedTo(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
    assertEquals(
        Granularity.WEEK,
        Granularity.suitedTo(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
    assertEquals(
        Granularity.MONTH,
        Granularity.suitedTo(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
  }
}
