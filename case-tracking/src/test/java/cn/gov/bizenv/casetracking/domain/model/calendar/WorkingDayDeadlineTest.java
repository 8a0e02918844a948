package cn.gov.bizenv.casetracking.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayDeadlineTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.shipped();

  // March 2026 has no holidays: Monday 2nd to Friday 6th, Monday 9th to Friday 13th.
  private static final LocalDate MON = LocalDate.of(2026, 3, 2);
  private static final LocalDate TUE = MON.plusDays(1);
  private static final LocalDate WED = MON.plusDays(2);
  private static final LocalDate THU = MON.plusDays(3);
  private static final LocalDate FRI = MON.plusDays(4);
  private static final LocalDate SAT = MON.plusDays(5);
  private static final LocalDate NEXT_MON = MON.plusDays(7);
  private static final LocalDate NEXT_TUE = MON.plusDays(8);
  private static final LocalDate NEXT_WED = MON.plusDays(9);

  private WorkingDayDeadline deadline(LocalDateTime receivedAt, int limit) {
    return WorkingDayDeadline.start(calendar, receivedAt, limit);
  }

  @Test
  void isDueAtTheEndOfTheLastWorkingDay() {
    WorkingDayDeadline d = deadline(MON.atTime(9, 30), 5);

    assertEquals(NEXT_MON, d.dueDate());
    assertEquals(NEXT_MON.atTime(23, 59, 59), d.dueAt());
    assertFalse(d.isOverdueAt(NEXT_MON.atTime(23, 59, 59)));
    assertTrue(d.isOverdueAt(NEXT_TUE.atStartOfDay()));
  }

  @Test
  void theDueMomentSurvivesATimestampColumnOnTheSameDay() {
    LocalDateTime due = deadline(MON.atTime(9, 30), 5).dueAt();
    // PostgreSQL and H2 keep microseconds and round the rest: the stored value must not change.
    assertEquals(due, due.truncatedTo(ChronoUnit.MICROS));
    assertEquals(NEXT_MON, due.toLocalDate());
  }

  @ParameterizedTest(name = "received {0}, limit {1}: due {2}")
  @CsvSource({
    "2026-03-06T08:00, 1, 2026-03-09", // Friday morning
    "2026-03-06T23:30, 1, 2026-03-09", // Friday late evening: time of day does not matter
    "2026-03-07T10:00, 1, 2026-03-09", // Saturday: counting starts Monday
    "2026-03-08T10:00, 1, 2026-03-09", // Sunday
    "2026-03-07T10:00, 5, 2026-03-13",
    "2026-02-13T09:00, 2, 2026-02-24", // Friday before Spring Festival; Sat 14th is worked
    "2026-02-16T09:00, 1, 2026-02-24", // received during the Spring Festival break
    "2026-02-16T09:00, 5, 2026-02-28", // ... and the worked Saturday counts
    "2025-10-03T15:00, 1, 2025-10-09", // received during National Day
    "2025-09-30T16:00, 3, 2025-10-11",
  })
  void countsFromTheDayAfterReceipt(LocalDateTime receivedAt, int limit, LocalDate due) {
    assertEquals(due, deadline(receivedAt, limit).dueDate());
  }

  @Test
  void extensionMovesTheDueDateByWorkingDays() {
    WorkingDayDeadline d = deadline(LocalDateTime.of(2026, 2, 9, 9, 0), 3); // Monday

    assertEquals(LocalDate.of(2026, 2, 12), d.dueDate());
    WorkingDayDeadline extended = d.extendBy(2);
    // Fri 13th, then Sat 14th (worked); the break follows.
    assertEquals(LocalDate.of(2026, 2, 14), extended.dueDate());
    assertEquals(LocalDate.of(2026, 2, 24), extended.extendBy(1).dueDate());
    assertEquals(6, extended.extendBy(1).allowedWorkingDays());
    assertEquals(3, extended.extendBy(1).extensionWorkingDays());
    assertEquals(3, extended.limitWorkingDays());
    // The original is untouched.
    assertEquals(LocalDate.of(2026, 2, 12), d.dueDate());
  }

  @Test
  void rejectsAnEmptyExtensionOrLimit() {
    WorkingDayDeadline d = deadline(MON.atTime(9, 0), 5);
    assertThrows(IllegalArgumentException.class, () -> d.extendBy(0));
    assertThrows(IllegalArgumentException.class, () -> d.extendBy(-2));
    assertThrows(IllegalArgumentException.class, () -> deadline(MON.atTime(9, 0), 0));
  }

  @Test
  void pausedWorkingDaysPushTheDueDateBack() {
    WorkingDayDeadline d = deadline(MON.atTime(9, 0), 5);

    // Waiting for the writer from Wed 10:00 to Fri 09:00: only Thursday is wholly paused.
    WorkingDayDeadline paused = d.pausedFor(new PausedPeriod(WED.atTime(10, 0), FRI.atTime(9, 0)));
    assertEquals(NEXT_TUE, paused.dueDate());

    // Two whole working days more, Monday and Tuesday of the next week.
    WorkingDayDeadline pausedTwice = paused.pausedFor(PausedPeriod.wholeDays(NEXT_MON, NEXT_TUE));
    assertEquals(NEXT_MON.plusDays(3), pausedTwice.dueDate()); // Thursday 12th
    assertEquals(2, pausedTwice.pauses().size());
  }

  @Test
  void pausingOverDaysOffChangesNothing() {
    WorkingDayDeadline d =
        deadline(MON.atTime(9, 0), 5).pausedFor(PausedPeriod.wholeDays(SAT, SAT.plusDays(1)));

    assertEquals(NEXT_MON, d.dueDate());
  }

  @Test
  void pauseAcrossAHolidayOnlyCountsItsWorkingDays() {
    // Received Thu 12 Feb 2026, 3 days: due Fri 13th, Sat 14th, Tue 24th.
    WorkingDayDeadline d = deadline(LocalDateTime.of(2026, 2, 12, 9, 0), 3);
    assertEquals(LocalDate.of(2026, 2, 24), d.dueDate());

    // Paused 14th to 24th: only Sat 14th and Tue 24th are working days inside.
    WorkingDayDeadline paused =
        d.pausedFor(PausedPeriod.wholeDays(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 24)));
    assertEquals(LocalDate.of(2026, 2, 26), paused.dueDate());
  }

  @Test
  void aPauseAfterTheDueDateDoesNotBringTheCaseBackIntoTime() {
    WorkingDayDeadline d = deadline(MON.atTime(9, 0), 3); // due Thursday

    WorkingDayDeadline paused = d.pausedFor(PausedPeriod.wholeDays(FRI, NEXT_MON));

    assertEquals(THU, paused.dueDate());
    // ... but the overdue count does not grow while paused.
    assertEquals(2, d.workingDaysOverdue(NEXT_MON)); // Friday and Monday
    assertEquals(0, paused.workingDaysOverdue(NEXT_MON));
    assertEquals(1, paused.workingDaysOverdue(NEXT_TUE));
  }

  @Test
  void rejectsAPauseBeforeReceipt() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new WorkingDayDeadline(
                calendar,
                TUE.atTime(9, 0),
                5,
                List.of(new PausedPeriod(TUE.atTime(8, 0), WED.atTime(8, 0)))));
  }

  @Test
  void shareUsedCountsWholeWorkingDays() {
    WorkingDayDeadline d = deadline(MON.atTime(15, 0), 5); // due next Monday

    assertEquals(0.0, d.shareUsed(MON.atTime(16, 0)));
    assertEquals(0.2, d.shareUsed(TUE.atTime(0, 0)), 1e-9); // today counts once it begins
    assertEquals(0.4, d.shareUsed(WED.atTime(12, 0)), 1e-9);
    assertEquals(0.8, d.shareUsed(SAT.atTime(12, 0)), 1e-9); // weekend adds nothing
    assertEquals(1.0, d.shareUsed(NEXT_MON.atTime(9, 0)), 1e-9);
    assertEquals(1.2, d.shareUsed(NEXT_TUE.atTime(9, 0)), 1e-9); // overdue: above 1
    assertThrows(IllegalArgumentException.class, () -> d.shareUsed(MON.atTime(14, 0)));
  }

  @Test
  void shareUsedStandsStillWhilePaused() {
    WorkingDayDeadline d =
        deadline(MON.atTime(9, 0), 5).pausedFor(PausedPeriod.wholeDays(WED, THU));

    assertEquals(0.2, d.shareUsed(TUE.atTime(12, 0)), 1e-9);
    assertEquals(0.2, d.shareUsed(WED.atTime(12, 0)), 1e-9);
    assertEquals(0.2, d.shareUsed(THU.atTime(12, 0)), 1e-9);
    assertEquals(0.4, d.shareUsed(FRI.atTime(12, 0)), 1e-9);
    assertEquals(NEXT_WED, d.dueDate());
    assertEquals(1.0, d.shareUsed(NEXT_WED.atTime(12, 0)), 1e-9);
  }

  @Test
  void shareUsedFallsWhenTheCaseIsExtended() {
    WorkingDayDeadline d = deadline(MON.atTime(9, 0), 4);

    assertEquals(0.5, d.shareUsed(WED.atTime(9, 0)), 1e-9);
    assertEquals(0.25, d.extendBy(4).shareUsed(WED.atTime(9, 0)), 1e-9);
  }

  @Test
  void daysLeftAndOverdue() {
    WorkingDayDeadline d = deadline(MON.atTime(9, 0), 4); // due Friday

    assertEquals(FRI, d.dueDate());
    assertEquals(4, d.workingDaysLeft(MON));
    assertEquals(1, d.workingDaysLeft(THU));
    assertEquals(0, d.workingDaysLeft(FRI));
    assertEquals(0, d.workingDaysOverdue(FRI));
    // Saturday: already overdue, but no working day lost yet.
    assertTrue(d.isOverdueAt(SAT.atTime(9, 0)));
    assertEquals(0, d.workingDaysOverdue(SAT));
    assertEquals(1, d.workingDaysOverdue(NEXT_MON));
    assertEquals(2, d.workingDaysOverdue(NEXT_TUE));
    assertEquals(0, d.workingDaysLeft(NEXT_TUE));
    assertThrows(IllegalArgumentException.class, () -> d.workingDaysLeft(MON.minusDays(1)));
  }

  @Test
  void overdueAcrossTheSpringFestivalCountsOnlyWorkingDays() {
    WorkingDayDeadline d = deadline(LocalDateTime.of(2026, 2, 10, 9, 0), 2); // due Thu 12th

    assertEquals(LocalDate.of(2026, 2, 12), d.dueDate());
    assertEquals(2, d.workingDaysOverdue(LocalDate.of(2026, 2, 23))); // Fri 13th, Sat 14th
    assertEquals(3, d.workingDaysOverdue(LocalDate.of(2026, 2, 24)));
  }

  @Test
  void reportsWhenItsDueDateRestsOnAGuessedYear() {
    assertEquals(
        Set.of(), deadline(LocalDateTime.of(2026, 12, 1, 9, 0), 10).yearsFallingBackToWeekends());

    WorkingDayDeadline d = deadline(LocalDateTime.of(2026, 12, 28, 9, 0), 10);
    assertEquals(LocalDate.of(2027, 1, 11), d.dueDate()); // plain weekends assumed in 2027
    assertEquals(Set.of(2027), d.yearsFallingBackToWeekends());
  }

  @Test
  void equalDeadlinesAreEqual() {
    WorkingDayDeadline a = deadline(MON.atTime(9, 0), 5).extendBy(1);
    WorkingDayDeadline b = deadline(MON.atTime(9, 0), 5).extendBy(1);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertFalse(a.equals(deadline(MON.atTime(9, 0), 6)));
  }
}
