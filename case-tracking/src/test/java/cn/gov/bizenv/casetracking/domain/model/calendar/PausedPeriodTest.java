package cn.gov.bizenv.casetracking.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PausedPeriodTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
  private static final LocalDate TUESDAY = MONDAY.plusDays(1);
  private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);

  @Test
  void coversOnlyDaysLyingWhollyInside() {
    PausedPeriod pause = new PausedPeriod(MONDAY.atTime(10, 0), WEDNESDAY.atTime(15, 0));

    assertFalse(pause.coversWholeDay(MONDAY));
    assertTrue(pause.coversWholeDay(TUESDAY));
    assertFalse(pause.coversWholeDay(WEDNESDAY));
  }

  @Test
  void endIsExclusiveAtMidnight() {
    PausedPeriod pause = new PausedPeriod(MONDAY.atStartOfDay(), WEDNESDAY.atStartOfDay());

    assertTrue(pause.coversWholeDay(MONDAY));
    assertTrue(pause.coversWholeDay(TUESDAY));
    assertFalse(pause.coversWholeDay(WEDNESDAY));
  }

  @Test
  void wholeDaysIncludesBothEnds() {
    PausedPeriod pause = PausedPeriod.wholeDays(MONDAY, TUESDAY);

    assertEquals(new PausedPeriod(MONDAY.atStartOfDay(), WEDNESDAY.atStartOfDay()), pause);
    assertFalse(pause.coversWholeDay(MONDAY.minusDays(1)));
    assertTrue(pause.coversWholeDay(MONDAY));
    assertTrue(pause.coversWholeDay(TUESDAY));
    assertFalse(pause.coversWholeDay(WEDNESDAY));
  }

  @Test
  void rejectsAnEmptyOrBackwardPause() {
    LocalDateTime noon = MONDAY.atTime(12, 0);
    assertThrows(IllegalArgumentException.class, () -> new PausedPeriod(noon, noon));
    assertThrows(IllegalArgumentException.class, () -> new PausedPeriod(noon, noon.minusHours(1)));
    assertThrows(IllegalArgumentException.class, () -> PausedPeriod.wholeDays(TUESDAY, MONDAY));
  }
}
