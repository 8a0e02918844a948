package cn.gov.bizenv.casetracking.application.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.bizenv.casetracking.application.calendar.DeadlineQuery;
import cn.gov.bizenv.casetracking.application.calendar.DeadlineView;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.domain.model.calendar.PausedPeriod;
import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayDeadline;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.timelimit.OverdueLadder;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimit;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimitRule;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimitRuleRepository;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimitTerms;
import cn.gov.bizenv.casetracking.domain.model.timelimit.WarningShares;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import jakarta.validation.Validation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deadline service picks the rule and reports the calendar's gaps; the arithmetic is its
 * plan's.
 */
public class DeadlineServiceTest {
  private static final LocalDateTime BEFORE_SPRING_FESTIVAL = LocalDateTime.of(2026, 2, 13, 10, 0);

  DeadlineService service;
  InMemoryTimeLimitRules rules;

  @BeforeEach
  void service() {
    rules = new InMemoryTimeLimitRules();
    rules.add(new TimeLimitRule(Channel.MAYOR_MAILBOX, null, workingDays(10, 20)));
    rules.add(new TimeLimitRule(Channel.MAYOR_MAILBOX, "ORDINARY", workingDays(3, 6)));
    rules.add(
        new TimeLimitRule(
            Channel.DEPUTY_SUGGESTION,
            null,
            new TimeLimitTerms(
                1,
                TimeLimit.calendarMonths(3),
                TimeLimit.calendarMonths(6),
                new WarningShares(70, 90),
                new OverdueLadder(1, 3, 5, 10))));
    service = over(rules, WorkingDayCalendar.shipped());
  }

  /** The service over the given rules and a calendar that never changes, wired by hand. */
  public static DeadlineService over(TimeLimitRuleRepository rules, WorkingDayCalendar calendar) {
    DeadlineService service = new DeadlineService();
    service.rules = rules;
    service.calendars = fixed(calendar);
    service.validation =
        InputValidation.with(Validation.buildDefaultValidatorFactory().getValidator());
    return service;
  }

  public static WorkingDayCalendars fixed(WorkingDayCalendar calendar) {
    return new WorkingDayCalendars() {
      @Override
      public WorkingDayCalendar current() {
        return calendar;
      }
    };
  }

  private static TimeLimitTerms workingDays(int reply, int total) {
    return new TimeLimitTerms(
        1,
        TimeLimit.workingDays(reply),
        TimeLimit.workingDays(total),
        new WarningShares(70, 90),
        new OverdueLadder(1, 3, 5, 10));
  }

  private static LocalDateTime endOf(int year, int month, int day) {
    return LocalDate.of(year, month, day).atTime(WorkingDayDeadline.END_OF_DAY);
  }

  @Test
  void theChannelsDefaultRuleAppliesWithoutACategory() {
    DeadlineView view =
        service.compute(
            DeadlineQuery.received(Channel.MAYOR_MAILBOX, null, BEFORE_SPRING_FESTIVAL));

    assertNull(view.rule().categoryCode());
    assertEquals(10, view.rule().replyAmount());
    assertEquals(endOf(2026, 2, 14), view.signOffDue());
    assertEquals(endOf(2026, 3, 5), view.replyDue());
    assertEquals(endOf(2026, 3, 19), view.totalDue());
    assertEquals(List.of(), view.yearsFallingBackToWeekends());
  }

  @Test
  void aCategoryRuleWinsOverTheChannelsDefault() {
    DeadlineView view =
        service.compute(
            DeadlineQuery.received(Channel.MAYOR_MAILBOX, " ORDINARY ", BEFORE_SPRING_FESTIVAL));

    assertEquals("ORDINARY", view.rule().categoryCode());
    assertEquals("ORDINARY", view.categoryCode());
    assertEquals(endOf(2026, 2, 25), view.replyDue()); // 14 (Sat), 24, 25
  }

  @Test
  void aCategoryWithoutItsOwnRuleUsesTheChannelsDefault() {
    DeadlineView view =
        service.compute(
            DeadlineQuery.received(Channel.MAYOR_MAILBOX, "COMPLEX", BEFORE_SPRING_FESTIVAL));

    assertNull(view.rule().categoryCode());
    assertEquals("COMPLEX", view.categoryCode());
    assertEquals(endOf(2026, 3, 5), view.replyDue());
  }

  @Test
  void calendarMonthLimitsAndUncoveredYearsAreReported() {
    DeadlineView view =
        service.compute(
            DeadlineQuery.received(
                Channel.DEPUTY_SUGGESTION, null, LocalDateTime.of(2026, 11, 20, 9, 0)));

    assertEquals(endOf(2027, 2, 22), view.replyDue()); // 20 Feb 2027 is a Saturday
    assertEquals(endOf(2027, 5, 20), view.totalDue());
    assertEquals(List.of(2027), view.yearsFallingBackToWeekends());
  }

  @Test
  void pausesAndExtensionsMoveTheReply() {
    LocalDateTime received = LocalDateTime.of(2026, 3, 2, 9, 0);
    PausedPeriod waiting =
        PausedPeriod.wholeDays(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5));
    DeadlineView view =
        service.compute(
            new DeadlineQuery(Channel.MAYOR_MAILBOX, null, received, null, List.of(waiting), 2));

    // 16 March without pause or extension; two paused and two extended days later.
    assertEquals(endOf(2026, 3, 20), view.replyDue());
  }

  @Test
  void missingAndDisorderedInputNamesTheField() {
    InvalidInputException missing =
        assertThrows(
            InvalidInputException.class,
            () -> service.compute(new DeadlineQuery(null, null, null, null, null, -1)));
    assertEquals(
        List.of("channel", "extension", "receivedAt"),
        missing.violations().stream().map(FieldViolation::field).toList());

    LocalDateTime received = LocalDateTime.of(2026, 3, 2, 9, 0);
    InvalidInputException early =
        assertThrows(
            InvalidInputException.class,
            () ->
                service.compute(
                    new DeadlineQuery(
                        Channel.MAYOR_MAILBOX, null, received, received.minusDays(1), null, 0)));
    assertEquals("dispatchedAt", early.violations().get(0).field());
    assertEquals("deadline.dispatch.beforeReceipt", early.violations().get(0).messageKey());

    PausedPeriod beforeReceipt = new PausedPeriod(received.minusDays(2), received.plusDays(1));
    InvalidInputException pause =
        assertThrows(
            InvalidInputException.class,
            () ->
                service.compute(
                    new DeadlineQuery(
                        Channel.MAYOR_MAILBOX, null, received, null, List.of(beforeReceipt), 0)));
    assertEquals("pauses", pause.violations().get(0).field());
  }

  @Test
  void aChannelWithoutAnyRuleIsReportedMissing() {
    assertThrows(
        NotFoundException.class,
        () ->
            service.compute(
                DeadlineQuery.received(Channel.FIRM_REQUEST, null, BEFORE_SPRING_FESTIVAL)));
  }
}
