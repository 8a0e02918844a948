package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.gov.bizenv.casetracking.domain.model.report.FigureScope;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The split of a period at today for the figures of due dates: no day lost, none counted twice. */
class CaseTallyTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 9, 30);

  private static FigureScope period(String from, String to) {
    return new FigureScope(LocalDate.parse(from), LocalDate.parse(to), null, null, NOW);
  }

  @Test
  void aPeriodAcrossTodayIsTalliedUpToYesterdayAndCountedFromToday() {
    FigureScope year = period("2026-01-01", "2026-12-31");
    FigureScope past = CaseTally.pastDays(year);
    FigureScope rest = CaseTally.fromToday(year);
    assertEquals(LocalDate.parse("2026-01-01"), past.from());
    assertEquals(LocalDate.parse("2026-11-29"), past.to());
    assertEquals(LocalDate.parse("2026-11-30"), rest.from());
    assertEquals(LocalDate.parse("2026-12-31"), rest.to());
    assertEquals(NOW, past.now());
    assertEquals(NOW, rest.now());
  }

  @Test
  void aPastPeriodIsWhollyTallied() {
    FigureScope october = period("2026-10-01", "2026-10-31");
    assertEquals(october, CaseTally.pastDays(october));
    assertNull(CaseTally.fromToday(october));
    FigureScope untilYesterday = period("2026-11-01", "2026-11-29");
    assertEquals(untilYesterday, CaseTally.pastDays(untilYesterday));
    assertNull(CaseTally.fromToday(untilYesterday));
  }

  @Test
  void aPeriodFromTodayOnIsWhollyCountedFromTheCases() {
    FigureScope today = period("2026-11-30", "2026-11-30");
    assertNull(CaseTally.pastDays(today));
    assertEquals(today, CaseTally.fromToday(today));
    FigureScope december = period("2026-12-01", "2026-12-31");
    assertNull(CaseTally.pastDays(december));
    assertEquals(december, CaseTally.fromToday(december));
  }
}
