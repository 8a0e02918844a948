package cn.gov.bizenv.casetracking.domain.model.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Milestone dates, misses and lateness in working days on the official calendar. */
class MilestoneClockTest {
  private final MilestoneClock clock = new MilestoneClock(WorkingDayCalendar.shipped());

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  @Test
  void aMilestoneOnADayOffMovesToTheNextWorkingDay() {
    assertEquals(d("2026-10-08"), clock.effectiveDue(d("2026-10-01")));
    // A make-up Saturday is a working day and stays.
    assertEquals(d("2026-10-10"), clock.effectiveDue(d("2026-10-10")));
    assertEquals(d("2026-03-16"), clock.effectiveDue(d("2026-03-14")));
    assertEquals(d("2026-03-13"), clock.effectiveDue(d("2026-03-13")));
  }

  @Test
  void missedOnlyAfterTheEffectiveDueDay() {
    assertFalse(clock.isMissed(d("2026-10-01"), null, d("2026-10-08")));
    assertTrue(clock.isMissed(d("2026-10-01"), null, d("2026-10-09")));
    assertFalse(clock.isMissed(d("2026-10-01"), d("2026-10-08"), d("2026-12-01")));
    assertTrue(clock.isMissed(d("2026-10-01"), d("2026-10-09"), d("2026-10-09")));
    assertTrue(clock.metOnTime(d("2026-10-01"), d("2026-10-08")));
    assertFalse(clock.metOnTime(d("2026-10-01"), null));
  }

  @Test
  void lateCountsWorkingDaysOnly() {
    // Due Friday 13 February 2026; Saturday 14 is a workday, 15–23 off, 24 Tuesday.
    assertEquals(2, clock.workingDaysLate(d("2026-02-13"), null, d("2026-02-24")));
    assertEquals(1, clock.workingDaysLate(d("2026-02-13"), d("2026-02-20"), d("2026-03-01")));
    assertEquals(0, clock.workingDaysLate(d("2026-02-13"), d("2026-02-10"), d("2026-03-01")));
  }

  @Test
  void workingDaysAfterTheStart() {
    // Ten working days after Friday 25 September 2026: 28, 29, 30 September, then 8, 9, 10 (Sat),
    // 12, 13, 14, 15 October.
    assertEquals(d("2026-10-15"), clock.dueAfter(d("2026-09-25"), 10));
  }
}
