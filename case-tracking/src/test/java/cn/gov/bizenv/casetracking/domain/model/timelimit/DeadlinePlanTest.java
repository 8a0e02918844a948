package cn.gov.bizenv.casetracking.domain.model.timelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.bizenv.casetracking.domain.model.calendar.PausedPeriod;
import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayDeadline;
import cn.gov.bizenv.casetracking.domain.model.calendar.YearArrangement;
import cn.gov.bizenv.casetracking.domain.model.timelimit.DeadlinePlan.LadderDate;
import cn.gov.bizenv.casetracking.domain.model.timelimit.DeadlinePlan.Warning;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadlinePlanTest {
  private final WorkingDayCalendar calendar = WorkingDayCalendar.shipped();

  /** The shipped default of the mayor's mailbox: reply 10, outer limit 20 working days. */
  private static final TimeLimitTerms MAILBOX =
      new TimeLimitTerms(
          1,
          TimeLimit.workingDays(10),
          TimeLimit.workingDays(20),
          new WarningShares(70, 90),
          new OverdueLadder(1, 3, 5, 10));

  /** Deputies' suggestions: 3 calendar months, 6 at most. */
  private static final TimeLimitTerms SUGGESTION =
      new TimeLimitTerms(
          1,
          TimeLimit.calendarMonths(3),
          TimeLimit.calendarMonths(6),
          new WarningShares(70, 90),
          new OverdueLadder(1, 3, 5, 10));

  private DeadlinePlan plan(TimeLimitTerms terms, LocalDateTime receivedAt) {
    return new DeadlinePlan(calendar, terms, receivedAt, null, List.of(), 0);
  }

  private static LocalDateTime endOf(int year, int month, int day) {
    return LocalDate.of(year, month, day).atTime(WorkingDayDeadline.END_OF_DAY);
  }

  @Test
  void springFestival2026IsSkippedAndItsMakeUpSaturdaysCount() {
    // Friday 13 Feb 2026: Sat 14th is worked, 15th-23rd are off, Sat 28th is worked.
    DeadlinePlan plan = plan(MAILBOX, LocalDateTime.of(2026, 2, 13, 10, 0));

    assertEquals(endOf(2026, 2, 14), plan.signOffDue());
    // 14, 24, 25, 26, 27, 28, 2 Mar, 3, 4, 5.
    assertEquals(endOf(2026, 3, 5), plan.replyDue());
    // ... 6, 9, 10, 11, 12, 13, 16, 17, 18, 19.
    assertEquals(endOf(2026, 3, 19), plan.totalDue());
    assertEquals(
        List.of(
            new Warning(70, LocalDate.of(2026, 3, 2)), new Warning(90, LocalDate.of(2026, 3, 4))),
        plan.warnings());
    assertEquals(
        List.of(
            new LadderDate(OverdueStep.URGE, 1, LocalDate.of(2026, 3, 6)),
            new LadderDate(OverdueStep.SUPERVISION_ORDER, 3, LocalDate.of(2026, 3, 10)),
            new LadderDate(OverdueStep.NOTICE, 5, LocalDate.of(2026, 3, 12)),
            new LadderDate(OverdueStep.ACCOUNTABILITY, 10, LocalDate.of(2026, 3, 19))),
        plan.ladder());
    assertEquals(Set.of(), plan.yearsFallingBackToWeekends());
  }

  @Test
  void aMakeUpSaturdayIsAWorkingDayForSignOffAndReply() {
    // Friday 9 Oct 2026; Saturday 10th is worked after the National Day break.
    LocalDateTime friday = LocalDateTime.of(2026, 10, 9, 9, 0);
    DeadlinePlan plan =
        new DeadlinePlan(calendar, MAILBOX, friday, friday.plusHours(6), List.of(), 0);

    assertEquals(endOf(2026, 10, 10), plan.signOffDue());
    // 10 (Sat), 12-16, 19-22: one day earlier than with a plain weekend.
    assertEquals(endOf(2026, 10, 22), plan.replyDue());
  }

  @Test
  void signOffCountsFromDispatch() {
    LocalDateTime received = LocalDateTime.of(2026, 3, 2, 9, 0); // Monday
    DeadlinePlan plan =
        new DeadlinePlan(calendar, MAILBOX, received, received.plusDays(4), List.of(), 0);

    assertEquals(endOf(2026, 3, 9), plan.signOffDue()); // dispatched Friday, due Monday
    assertEquals(endOf(2026, 3, 16), plan.replyDue()); // reply still counts from receipt
  }

  @Test
  void calendarMonthsLandOnTheNextWorkingDayAfterAHoliday() {
    // 1 Jul 2026 + 3 months = 1 Oct, in the National Day break (1-7 Oct): due Thursday 8 Oct.
    DeadlinePlan plan = plan(SUGGESTION, LocalDateTime.of(2026, 7, 1, 9, 0));

    assertEquals(endOf(2026, 10, 8), plan.replyDue());
    // + 6 months = Friday 1 Jan 2027, a plain weekday until the 2027 notice is entered.
    assertEquals(endOf(2027, 1, 1), plan.totalDue());
    assertEquals(Set.of(2027), plan.yearsFallingBackToWeekends());
  }

  @Test
  void calendarMonthsOnAnOrdinaryDayKeepTheDayOfTheMonth() {
    DeadlinePlan plan = plan(SUGGESTION, LocalDateTime.of(2026, 3, 2, 9, 0));

    assertEquals(endOf(2026, 6, 2), plan.replyDue());
    assertEquals(endOf(2026, 9, 2), plan.totalDue());
  }

  @Test
  void calendarMonthsClampToTheEndOfAShortMonth() {
    TimeLimitTerms oneMonth =
        new TimeLimitTerms(
            1,
            TimeLimit.calendarMonths(1),
            TimeLimit.calendarMonths(2),
            new WarningShares(70, 90),
            new OverdueLadder(1, 3, 5, 10));
    // 31 Jan 2026 + 1 month = Saturday 28 Feb 2026, a make-up workday.
    assertEquals(
        endOf(2026, 2, 28), plan(oneMonth, LocalDateTime.of(2026, 1, 31, 9, 0)).replyDue());
  }

  @Test
  void pausedWorkingDaysMoveACalendarMonthLimit() {
    LocalDateTime received = LocalDateTime.of(2026, 3, 2, 9, 0);
    // Waiting for the deputy's material on Wednesday 4 and Thursday 5 March.
    PausedPeriod waiting =
        PausedPeriod.wholeDays(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5));
    DeadlinePlan plan = new DeadlinePlan(calendar, SUGGESTION, received, null, List.of(waiting), 0);

    assertEquals(endOf(2026, 6, 4), plan.replyDue()); // 2 June, two working days later
  }

  @Test
  void pausedWorkingDaysMoveAWorkingDayLimit() {
    LocalDateTime received = LocalDateTime.of(2026, 3, 2, 9, 0);
    PausedPeriod waiting =
        PausedPeriod.wholeDays(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5));
    DeadlinePlan plan = new DeadlinePlan(calendar, MAILBOX, received, null, List.of(waiting), 0);

    assertEquals(endOf(2026, 3, 18), plan.replyDue()); // 16 March without the pause
    assertEquals(endOf(2026, 4, 1), plan.totalDue()); // 30 March without the pause
  }

  @Test
  void anExtensionMovesTheReplyUpToTheOuterLimitButNotBeyond() {
    LocalDateTime received = LocalDateTime.of(2026, 2, 13, 10, 0);
    DeadlinePlan extended = new DeadlinePlan(calendar, MAILBOX, received, null, List.of(), 10);

    assertEquals(extended.totalDue(), extended.replyDue());
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () -> new DeadlinePlan(calendar, MAILBOX, received, null, List.of(), 11));
    assertEquals("deadline.extension.beyondTotal", refused.messageKey());
  }

  @Test
  void anExtensionOfACalendarMonthLimitIsInMonths() {
    LocalDateTime received = LocalDateTime.of(2026, 3, 2, 9, 0);
    DeadlinePlan extended = new DeadlinePlan(calendar, SUGGESTION, received, null, List.of(), 2);

    assertEquals(endOf(2026, 8, 3), extended.replyDue()); // 2 Aug is a Sunday
    assertThrows(
        RuleViolationException.class,
        () -> new DeadlinePlan(calendar, SUGGESTION, received, null, List.of(), 4));
  }

  @Test
  void aYearWithoutItsNoticeFallsBackToWeekendsAndSaysSo() {
    LocalDateTime received = LocalDateTime.of(2026, 12, 24, 9, 0); // Thursday
    DeadlinePlan guessed = plan(MAILBOX, received);

    // 25, 28-31 Dec, then 1 Jan 2027 counted as a plain Friday, 4-7 Jan.
    assertEquals(endOf(2027, 1, 7), guessed.replyDue());
    assertEquals(Set.of(2027), guessed.yearsFallingBackToWeekends());

    WorkingDayCalendar with2027 =
        calendar.withArrangement(
            YearArrangement.of(2027, List.of(LocalDate.of(2027, 1, 1)), List.of(), null));
    DeadlinePlan known = new DeadlinePlan(with2027, MAILBOX, received, null, List.of(), 0);
    assertEquals(endOf(2027, 1, 8), known.replyDue());
    assertEquals(Set.of(), known.yearsFallingBackToWeekends());
  }

  @Test
  void ladderDatesBeyondTheCoveredYearsAreReportedAsFallback() {
    // Due 21 Dec 2026; the accountability step, 10 working days later, falls in 2027.
    DeadlinePlan plan = plan(MAILBOX, LocalDateTime.of(2026, 12, 7, 9, 0));

    assertEquals(endOf(2026, 12, 21), plan.replyDue());
    assertEquals(LocalDate.of(2027, 1, 4), plan.ladder().get(3).date());
    assertEquals(Set.of(2027), plan.yearsFallingBackToWeekends());
  }

  @Test
  void refusesDatesOutOfOrder() {
    LocalDateTime received = LocalDateTime.of(2026, 3, 2, 9, 0);
    assertThrows(
        IllegalArgumentException.class,
        () -> new DeadlinePlan(calendar, MAILBOX, received, received.minusHours(1), List.of(), 0));
    PausedPeriod early = new PausedPeriod(received.minusDays(1), received.plusDays(1));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DeadlinePlan(calendar, MAILBOX, received, null, List.of(early), 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DeadlinePlan(calendar, MAILBOX, received, null, List.of(), -1));
  }
}
