package cn.gov.bizenv.portal.web.mailbox;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FormChallengesTest {
  final AtomicLong now = new AtomicLong(0);
  final FormChallenges challenges = new FormChallenges(3, Duration.ofMinutes(30), now::get);

  @Test
  void theRightSumPassesOnce() {
    FormChallenges.Challenge challenge = challenges.issue();
    int sum = challenge.left() + challenge.right();
    assertDoesNotThrow(() -> challenges.redeem(challenge.formToken(), sum));
    assertEquals("formToken", field(() -> challenges.redeem(challenge.formToken(), sum)));
  }

  @Test
  void aWrongSumUsesUpTheToken() {
    FormChallenges.Challenge challenge = challenges.issue();
    int sum = challenge.left() + challenge.right();
    assertEquals("challengeAnswer", field(() -> challenges.redeem(challenge.formToken(), sum + 1)));
    assertEquals("formToken", field(() -> challenges.redeem(challenge.formToken(), sum)));
    assertEquals(
        "challengeAnswer", field(() -> challenges.redeem(challenges.issue().formToken(), null)));
  }

  @Test
  void unknownAndExpiredTokensAreRefused() {
    assertEquals("formToken", field(() -> challenges.redeem("made-up", 3)));
    assertEquals("formToken", field(() -> challenges.redeem(null, 3)));
    FormChallenges.Challenge challenge = challenges.issue();
    now.addAndGet(Duration.ofMinutes(31).toNanos());
    assertEquals(
        "formToken",
        field(
            () -> challenges.redeem(challenge.formToken(), challenge.left() + challenge.right())));
  }

  @Test
  void openTokensAreBounded() {
    for (int i = 0; i < 10; i++) {
      FormChallenges.Challenge challenge = challenges.issue();
      assertTrue(challenge.left() >= 1 && challenge.left() <= 9);
      now.incrementAndGet();
    }
    assertTrue(challenges.openTokens() <= 3);
  }

  private static String field(org.junit.jupiter.api.function.Executable redeem) {
    return assertThrows(InvalidInputException.class, redeem).violations().get(0).field();
  }
}
