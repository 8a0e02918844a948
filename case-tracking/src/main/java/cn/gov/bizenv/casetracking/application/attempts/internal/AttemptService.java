package cn.gov.bizenv.casetracking.application.attempts.internal;

import cn.gov.bizenv.casetracking.application.attempts.Attempts;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.attempt.AttemptLog;
import cn.gov.bizenv.casetracking.domain.model.attempt.AttemptRule;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Attempt limits in the database. Anonymous callers (a sign-in not yet made, a citizen writing a
 * letter) are counted too, hence {@code @PermitAll}; it is a local bean without a web entry point.
 * Each count is its own transaction, so that an attempt is counted even when the request it belongs
 * to fails. Two attempts at the very same moment on two servers may both pass the last free place.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AttemptService implements Attempts {
  @Inject AttemptLog log;
  @Inject PortalClock clock;

  @Override
  public Optional<Duration> waitBefore(AttemptRule rule, String subject) {
    LocalDateTime now = clock.now();
    LocalDateTime since = now.minus(rule.window());
    if (log.countSince(rule.purpose(), key(subject), since) < rule.max()) {
      return Optional.empty();
    }
    LocalDateTime oldest = log.oldestSince(rule.purpose(), key(subject), since);
    Duration wait =
        oldest == null ? Duration.ZERO : Duration.between(now, oldest.plus(rule.window()));
    return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
  }

  @Override
  public long record(AttemptRule rule, String subject) {
    LocalDateTime now = clock.now();
    log.record(rule.purpose(), key(subject), now);
    return log.countSince(rule.purpose(), key(subject), now.minus(rule.window()));
  }

  @Override
  public boolean tryAcquire(AttemptRule rule, String subject) {
    if (waitBefore(rule, subject).isPresent()) {
      return false;
    }
    log.record(rule.purpose(), key(subject), clock.now());
    return true;
  }

  @Override
  public void reset(AttemptRule rule, String subject) {
    log.forget(rule.purpose(), key(subject));
  }

  /** Attempts older than any window count for nothing; an hourly purge keeps the table small. */
  @Schedule(hour = "*", minute = "23", persistent = false)
  public void purge() {
    log.purgeBefore(clock.now().minus(AttemptRule.LONGEST_WINDOW));
  }

  /**
   * Subjects are stored at most 200 characters long, without control characters (PostgreSQL cannot
   * store U+0000); longer or hostile names are cut and their controls replaced.
   */
  static String key(String subject) {
    String given = subject == null ? "" : subject;
    String cut = given.length() <= 200 ? given : given.substring(0, 200);
    return cut.codePoints()
        .map(c -> c < 0x20 || c == 0x7F ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }
}
