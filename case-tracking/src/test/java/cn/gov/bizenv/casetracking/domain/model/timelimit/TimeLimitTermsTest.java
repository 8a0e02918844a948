package cn.gov.bizenv.casetracking.domain.model.timelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeLimitTermsTest {
  private static final WarningShares WARNINGS = new WarningShares(70, 90);
  private static final OverdueLadder LADDER = new OverdueLadder(1, 3, 5, 10);

  @Test
  void theOuterLimitIsInTheReplysUnitAndNotShorter() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TimeLimitTerms(
                1, TimeLimit.workingDays(10), TimeLimit.calendarMonths(1), WARNINGS, LADDER));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TimeLimitTerms(
                1, TimeLimit.workingDays(10), TimeLimit.workingDays(9), WARNINGS, LADDER));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TimeLimitTerms(
                0, TimeLimit.workingDays(10), TimeLimit.workingDays(10), WARNINGS, LADDER));
  }

  @Test
  void limitsStayWithinTheirUnitsMaximum() {
    assertEquals(24, TimeLimit.calendarMonths(24).amount());
    assertThrows(IllegalArgumentException.class, () -> TimeLimit.calendarMonths(25));
    assertThrows(IllegalArgumentException.class, () -> TimeLimit.workingDays(0));
    assertThrows(IllegalArgumentException.class, () -> TimeLimit.workingDays(251));
  }

  @Test
  void warningsAndLadderStepsRise() {
    assertThrows(IllegalArgumentException.class, () -> new WarningShares(90, 70));
    assertThrows(IllegalArgumentException.class, () -> new WarningShares(70, 100));
    assertThrows(IllegalArgumentException.class, () -> new OverdueLadder(1, 1, 5, 10));
    assertThrows(IllegalArgumentException.class, () -> new OverdueLadder(0, 3, 5, 10));
    assertEquals(
        List.of(1, 3, 5, 10), List.copyOf(new OverdueLadder(1, 3, 5, 10).thresholds().values()));
  }

  @Test
  void aCategoryRuleStartsFromItsChannelsTerms() {
    TimeLimitTerms terms =
        new TimeLimitTerms(
            1, TimeLimit.workingDays(10), TimeLimit.workingDays(20), WARNINGS, LADDER);
    TimeLimitRule channelDefault = new TimeLimitRule(Channel.MAYOR_MAILBOX, "  ", terms);
    TimeLimitRule category = channelDefault.copyFor(" ZX-01 ");

    assertEquals(true, channelDefault.isChannelDefault());
    assertEquals("ZX-01", category.getCategoryCode());
    assertEquals(Channel.MAYOR_MAILBOX, category.getChannel());
    assertEquals(terms, category.terms());
  }
}
