package cn.gov.bizenv.casetracking.application.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.bizenv.casetracking.application.calendar.TimeLimitRuleView;
import cn.gov.bizenv.casetracking.application.calendar.TimeLimitSettings;
import cn.gov.bizenv.casetracking.application.directory.NewCategoryRule;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.timelimit.LimitUnit;
import cn.gov.bizenv.casetracking.domain.model.timelimit.OverdueLadder;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimit;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimitRule;
import cn.gov.bizenv.casetracking.domain.model.timelimit.TimeLimitTerms;
import cn.gov.bizenv.casetracking.domain.model.timelimit.WarningShares;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import jakarta.validation.Validation;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimeLimitServiceTest {
  TimeLimitService service;
  InMemoryTimeLimitRules rules;
  long mailboxDefault;

  @BeforeEach
  void service() {
    rules = new InMemoryTimeLimitRules();
    TimeLimitRule rule =
        new TimeLimitRule(
            Channel.MAYOR_MAILBOX,
            null,
            new TimeLimitTerms(
                1,
                TimeLimit.workingDays(10),
                TimeLimit.workingDays(20),
                new WarningShares(70, 90),
                new OverdueLadder(1, 3, 5, 10)));
    rules.add(rule);
    mailboxDefault = rule.getId();
    service = new TimeLimitService();
    service.rules = rules;
    service.validation =
        InputValidation.with(Validation.buildDefaultValidatorFactory().getValidator());
  }

  private static TimeLimitSettings settings(
      int reply,
      LimitUnit replyUnit,
      int total,
      LimitUnit totalUnit,
      int first,
      int second,
      int urge,
      int order,
      int notice,
      int accountability) {
    return new TimeLimitSettings(
        1,
        reply,
        replyUnit,
        total,
        totalUnit,
        first,
        second,
        urge,
        order,
        notice,
        accountability,
        0);
  }

  private static List<String> fields(InvalidInputException invalid) {
    return invalid.violations().stream().map(FieldViolation::field).sorted().toList();
  }

  @Test
  void changesTheTermsOfARule() {
    TimeLimitRuleView changed =
        service.change(
            mailboxDefault,
            settings(3, LimitUnit.WORKING_DAYS, 6, LimitUnit.WORKING_DAYS, 60, 80, 2, 4, 6, 12));

    assertEquals(3, changed.replyAmount());
    assertEquals(6, changed.totalAmount());
    assertEquals(60, changed.firstWarningPercent());
    assertEquals(12, changed.accountabilityAfter());
  }

  @Test
  void namesEachFieldThatBreaksARuleBetweenFields() {
    InvalidInputException invalid =
        assertThrows(
            InvalidInputException.class,
            () ->
                service.change(
                    mailboxDefault,
                    settings(
                        10,
                        LimitUnit.WORKING_DAYS,
                        5,
                        LimitUnit.WORKING_DAYS,
                        90,
                        70,
                        1,
                        5,
                        5,
                        4)));
    assertEquals(
        List.of("accountabilityAfter", "noticeAfter", "secondWarningPercent", "totalAmount"),
        fields(invalid));
  }

  @Test
  void calendarMonthsHaveTheirOwnCapAndBothLimitsShareAUnit() {
    InvalidInputException months =
        assertThrows(
            InvalidInputException.class,
            () ->
                service.change(
                    mailboxDefault,
                    settings(
                        3,
                        LimitUnit.CALENDAR_MONTHS,
                        30,
                        LimitUnit.CALENDAR_MONTHS,
                        70,
                        90,
                        1,
                        3,
                        5,
                        10)));
    assertEquals(List.of("totalAmount"), fields(months));
    assertEquals(24, months.violations().get(0).attributes().get("value"));

    InvalidInputException mixed =
        assertThrows(
            InvalidInputException.class,
            () ->
                service.change(
                    mailboxDefault,
                    settings(
                        10,
                        LimitUnit.WORKING_DAYS,
                        1,
                        LimitUnit.CALENDAR_MONTHS,
                        70,
                        90,
                        1,
                        3,
                        5,
                        10)));
    assertEquals(List.of("totalUnit"), fields(mixed));
  }

  @Test
  void aStaleVersionIsAConflict() {
    TimeLimitSettings stale =
        new TimeLimitSettings(
            1, 10, LimitUnit.WORKING_DAYS, 20, LimitUnit.WORKING_DAYS, 70, 90, 1, 3, 5, 10, 7);
    assertThrows(ConflictException.class, () -> service.change(mailboxDefault, stale));
  }

  @Test
  void aCategoryRuleStartsAsACopyAndMayBeRemovedButTheDefaultStays() {
    TimeLimitRuleView created =
        service.create(new NewCategoryRule(Channel.MAYOR_MAILBOX, " ORDINARY "));
    assertEquals("ORDINARY", created.categoryCode());
    assertEquals(10, created.replyAmount());

    assertThrows(
        ConflictException.class,
        () -> service.create(new NewCategoryRule(Channel.MAYOR_MAILBOX, "ORDINARY")));
    assertThrows(RuleViolationException.class, () -> service.remove(mailboxDefault, 0));

    service.remove(created.id(), created.version());
    assertEquals(1, rules.count(null));
  }
}
