package cn.gov.bizenv.casetracking.application.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.application.calendar.internal.DeadlineServiceTest;
import cn.gov.bizenv.casetracking.application.calendar.internal.InMemoryTimeLimitRules;
import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayDeadline;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.timelimit.OverdueLadder;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimit;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimitRule;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimitTerms;
import cn.gov.bizenv.casetracking.domain.model.timelimit.WarningShares;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Waiting for the writer's supplement (等待补充材料): the working days wholly inside a finished wait move
 * the reply deadline and the outer limit, on the official calendar; a wait of part of a day moves
 * nothing, and a reopened case's new round does not count the waits of the earlier one.
 */
class CaseClockPauseTest {
  // Monday 2 March 2026: an ordinary working week, 10 working days to reply, 20 in all.
  static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 3, 2, 9, 0);

  CaseClock clock;
  CaseFile caseFile;

  @BeforeEach
  void clock() {
    InMemoryTimeLimitRules rules = new InMemoryTimeLimitRules();
    rules.add(
        new TimeLimitRule(
            Channel.MAYOR_MAILBOX,
            null,
            new TimeLimitTerms(
                1,
                TimeLimit.workingDays(10),
                TimeLimit.workingDays(20),
                new WarningShares(70, 90),
                new OverdueLadder(1, 3, 5, 10))));
    clock = new CaseClock();
    clock.deadlines = DeadlineServiceTest.over(rules, WorkingDayCalendar.shipped());
    Unit unit = new Unit("华龙区", UnitKind.COUNTY_OR_DISTRICT, RECEIVED);
    caseFile = new CaseFile(Channel.MAYOR_MAILBOX, "标题", "内容", unit, RECEIVED, "triage");
    clock.startAtDispatch(caseFile, RECEIVED.plusHours(1));
  }

  @Test
  void wholePausedWorkingDaysMoveTheReplyAndTheOuterLimit() {
    assertEquals(endOf(2026, 3, 16), caseFile.getClock().getReplyDue());
    assertEquals(endOf(2026, 3, 30), caseFile.getClock().getOuterDue());

    // Asked on Wednesday 4 March at 10:00, supplied on Monday 9 March at 11:00: Thursday and Friday
    // are wholly paused working days (the weekend was no working day anyway).
    caseFile.awaitWriter(LocalDateTime.of(2026, 3, 4, 10, 0));
    assertTrue(caseFile.isPaused());
    assertTrue(caseFile.resume(LocalDateTime.of(2026, 3, 9, 11, 0)));
    clock.applyPauses(caseFile);

    assertFalse(caseFile.isPaused());
    assertEquals(endOf(2026, 3, 18), caseFile.getClock().getReplyDue());
    assertEquals(endOf(2026, 4, 1), caseFile.getClock().getOuterDue());
  }

  @Test
  void aWaitOfPartOfADayMovesNothing() {
    caseFile.awaitWriter(LocalDateTime.of(2026, 3, 4, 10, 0));
    caseFile.resume(LocalDateTime.of(2026, 3, 4, 16, 0));
    clock.applyPauses(caseFile);
    assertEquals(endOf(2026, 3, 16), caseFile.getClock().getReplyDue());
  }

  @Test
  void pausesAddUpAndAnExtensionCountsThemToo() {
    caseFile.awaitWriter(LocalDateTime.of(2026, 3, 3, 18, 0));
    caseFile.resume(LocalDateTime.of(2026, 3, 5, 0, 0)); // Wednesday 4 March
    caseFile.awaitWriter(LocalDateTime.of(2026, 3, 9, 0, 0));
    caseFile.resume(LocalDateTime.of(2026, 3, 10, 0, 0)); // Monday 9 March
    clock.applyPauses(caseFile);
    assertEquals(endOf(2026, 3, 18), caseFile.getClock().getReplyDue());

    caseFile.requestExtension(2, "需协调");
    caseFile.approveExtension();
    clock.applyExtension(caseFile);
    assertEquals(endOf(2026, 3, 20), caseFile.getClock().getReplyDue());
  }

  @Test
  void aReopenedRoundDoesNotCountTheWaitsOfTheEarlierOne() {
    caseFile.awaitWriter(LocalDateTime.of(2026, 3, 4, 0, 0));
    caseFile.resume(LocalDateTime.of(2026, 3, 6, 0, 0));
    clock.applyPauses(caseFile);
    assertEquals(endOf(2026, 3, 18), caseFile.getClock().getReplyDue());

    // Reopened on Monday 23 March: ten working days from then, the earlier wait left behind.
    clock.restartAtReopening(caseFile, LocalDateTime.of(2026, 3, 23, 9, 0));
    assertEquals(endOf(2026, 4, 7), caseFile.getClock().getReplyDue());
  }

  @Test
  void aReopenedRoundKeepsTheDispatchSignOffAndDropsTheEarlierExtension() {
    LocalDateTime signOffDue = caseFile.getClock().getSignOffDue();
    caseFile.signFor(RECEIVED.plusHours(2));
    caseFile.requestExtension(5, "需要协调");
    caseFile.approveExtension();
    clock.applyExtension(caseFile);
    assertEquals(endOf(2026, 3, 23), caseFile.getClock().getReplyDue());

    // Reopened on Monday 23 March: ten working days from then, not fifteen.
    caseFile.reopen();
    clock.restartAtReopening(caseFile, LocalDateTime.of(2026, 3, 23, 9, 0));

    assertEquals(endOf(2026, 4, 7), caseFile.getClock().getReplyDue());
    assertEquals(0, caseFile.getExtension().getGrantedDays());
    assertEquals(2, caseFile.getClock().getRound());
    // Straight back to the lead unit at work: the dispatch's sign-off, made on time, stays.
    assertEquals(signOffDue, caseFile.getClock().getSignOffDue());
    assertEquals(RECEIVED.plusHours(2), caseFile.getClock().getSignedForAt());
  }

  private static LocalDateTime endOf(int year, int month, int day) {
    return LocalDate.of(year, month, day).atTime(WorkingDayDeadline.END_OF_DAY);
  }
}
