package cn.gov.bizenv.chiefservice.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.bizenv.chiefservice.infrastructure.persistence.TallySpans.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TallySpansTest {
  private static LocalDate d(String day) {
    return LocalDate.parse(day);
  }

  @Test
  void aRollingYearReadsItsWholeMonthsByMonthAndItsEndsByDay() {
    TallySpans spans = TallySpans.of(d("2025-11-30"), d("2026-11-29"));
    assertEquals(
        List.of(
            new Span('D', d("2025-11-30"), d("2025-11-30")),
            new Span('M', d("2025-12-01"), d("2026-10-01")),
            new Span('D', d("2026-11-01"), d("2026-11-29"))),
        spans.spans());
    assertEquals(
        "((grain = 'D' AND day >= ?3 AND day <= ?4) OR (grain = 'M' AND day >= ?5 AND day <= ?6)"
            + " OR (grain = 'D' AND day >= ?7 AND day <= ?8))",
        spans.condition(3));
    assertEquals(
        List.of(
            d("2025-11-30"),
            d("2025-11-30"),
            d("2025-12-01"),
            d("2026-10-01"),
            d("2026-11-01"),
            d("2026-11-29")),
        spans.values());
  }

  @Test
  void aCalendarYearIsTwelveMonths() {
    assertEquals(
        List.of(new Span('M', d("2026-01-01"), d("2026-12-01"))),
        TallySpans.of(d("2026-01-01"), d("2026-12-31")).spans());
  }

  @Test
  void aPeriodEndingOnAMonthsLastDayHasNoTail() {
    assertEquals(
        List.of(
            new Span('D', d("2026-01-20"), d("2026-01-31")),
            new Span('M', d("2026-02-01"), d("2026-02-01"))),
        TallySpans.of(d("2026-01-20"), d("2026-02-28")).spans());
  }

  @Test
  void aPeriodWithoutAWholeMonthIsReadByDay() {
    assertEquals(
        List.of(new Span('D', d("2026-01-15"), d("2026-02-10"))),
        TallySpans.of(d("2026-01-15"), d("2026-02-10")).spans());
    assertEquals(
        List.of(new Span('D', d("2026-03-07"), d("2026-03-07"))),
        TallySpans.of(d("2026-03-07"), d("2026-03-07")).spans());
    assertEquals(
        List.of(new Span('D', d("2026-03-01"), d("2026-03-30"))),
        TallySpans.of(d("2026-03-01"), d("2026-03-30")).spans());
  }

  @Test
  void aSingleWholeMonthIsOneRowPerKey() {
    assertEquals(
        List.of(new Span('M', d("2024-02-01"), d("2024-02-01"))),
        TallySpans.of(d("2024-02-01"), d("2024-02-29")).spans());
  }
}
