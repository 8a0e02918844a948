package cn.gov.bizenv.portal.web.security;

import cn.gov.bizenv.casetracking.application.attempts.Attempts;
import cn.gov.bizenv.casetracking.domain.model.attempt.AttemptRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Limits password guessing on both ways in (the login form and HTTP Basic): failures are counted
 * per account name and per client address in the database, so the limit holds across servers. From
 * the third failure in a row each wrong answer comes a second late; after five failures for one
 * name, or twenty from one address, in fifteen minutes, sign-ins for that name or from that address
 * are refused (even with the right password) until the oldest failure leaves the window. A name
 * that does not exist is counted and refused exactly like one that does, so the answers do not tell
 * which accounts exist. A right password forgets the name's failures.
 */
@ApplicationScoped
public class SignInGuard {
  static final AttemptRule PER_ACCOUNT =
      new AttemptRule("sign-in-account", 5, Duration.ofMinutes(15));
  static final AttemptRule PER_ADDRESS =
      new AttemptRule("sign-in-address", 20, Duration.ofMinutes(15));
  static final int SLOW_FROM = 3;
  static final Duration SLOWDOWN = Duration.ofSeconds(1);

  @Inject Attempts attempts;

  /** How long this sign-in must wait; empty when it may be tried now. */
  public Optional<Duration> waitBefore(String username, String address) {
    return Stream.of(
            attempts.waitBefore(PER_ACCOUNT, account(username)),
            attempts.waitBefore(PER_ADDRESS, address))
        .flatMap(Optional::stream)
        .max(Duration::compareTo);
  }

  /** Counts a failure; from the third one on, answers a second late to slow guessing down. */
  public void failed(String username, String address) {
    long failures =
        Math.max(
            attempts.record(PER_ACCOUNT, account(username)), attempts.record(PER_ADDRESS, address));
    if (failures >= SLOW_FROM) {
      try {
        Thread.sleep(SLOWDOWN.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public void succeeded(String username) {
    attempts.reset(PER_ACCOUNT, account(username));
  }

  /** Names are counted as typed, less case and surrounding space, so "Admin " is "admin". */
  static String account(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /** Whole minutes to wait, at least one, for the message. */
  public static long minutes(Duration wait) {
    return Math.max(1, (wait.toSeconds() + 59) / 60);
  }
}
