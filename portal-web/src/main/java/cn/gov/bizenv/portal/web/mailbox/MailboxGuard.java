package cn.gov.bizenv.portal.web.mailbox;

import cn.gov.bizenv.casetracking.application.attempts.Attempts;
import cn.gov.bizenv.casetracking.domain.model.attempt.AttemptRule;
import cn.gov.bizenv.casetracking.domain.shared.TooManyAttemptsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The mailbox's protection against abuse, shared by the pages and the public API: at most five
 * letters per address per hour, a one-time form token with a sum to solve for each letter, and at
 * most ten wrong tracking attempts per address in fifteen minutes, after which the address waits
 * for the window to pass (a right code is never counted). The counts are kept in the database
 * ({@link Attempts}), so the limits hold across the servers of a cluster; the form tokens are kept
 * in this server's memory.
 */
@ApplicationScoped
public class MailboxGuard {
  static final int LETTERS_PER_HOUR = 5;
  static final int FAILED_LOOKUPS = 10;

  static final AttemptRule LETTERS =
      new AttemptRule("mailbox-letter", LETTERS_PER_HOUR, Duration.ofHours(1));
  static final AttemptRule WRONG_LOOKUPS =
      new AttemptRule("mailbox-lookup", FAILED_LOOKUPS, Duration.ofMinutes(15));

  @Inject Attempts attempts;
  private final FormChallenges challenges = new FormChallenges(20_000, Duration.ofMinutes(30));

  public FormChallenges.Challenge challenge() {
    return challenges.issue();
  }

  /**
   * Checks the address's hourly share, the token and the sum, then writes the letter with {@code
   * write}. Only letters actually recorded count against the share, so a writer correcting a
   * refused field is not locked out; two letters sent at the very same moment may both pass.
   */
  public <T> T write(String address, String formToken, Integer answer, Supplier<T> write) {
    if (attempts.waitBefore(LETTERS, address).isPresent()) {
      throw new TooManyAttemptsException("letter.tooMany");
    }
    challenges.redeem(formToken, answer);
    T written = write.get();
    attempts.record(LETTERS, address);
    return written;
  }

  /**
   * Looks a letter up for the address; a failure (any exception) counts against the address, and an
   * address with too many failures is refused before it is looked up at all.
   */
  public <T> T lookUp(String address, Supplier<T> lookUp) {
    if (attempts.waitBefore(WRONG_LOOKUPS, address).isPresent()) {
      throw new TooManyAttemptsException("track.tooMany");
    }
    try {
      return lookUp.get();
    } catch (cn.gov.bizenv.casetracking.domain.shared.NotFoundException miss) {
      attempts.record(WRONG_LOOKUPS, address);
      throw miss;
    }
  }
}
