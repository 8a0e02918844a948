package cn.gov.bizenv.casetracking.application.attempts;

import cn.gov.bizenv.casetracking.domain.model.attempt.AttemptRule;
import java.time.Duration;
import java.util.Optional;

/**
 * Counts attempts against limits in the database, so that every server of a cluster sees the same
 * counts (failed sign-ins per account and per address, letters per address, wrong query codes).
 * Subjects are compared as given: callers normalise them (an account name in lower case).
 */
public interface Attempts {
  /** How long the subject must wait before the next attempt; empty when it may try now. */
  Optional<Duration> waitBefore(AttemptRule rule, String subject);

  /** Counts one attempt and answers how many the subject has made in the rule's window. */
  long record(AttemptRule rule, String subject);

  /** Counts an attempt if the rule allows one now; false (nothing counted) when it does not. */
  boolean tryAcquire(AttemptRule rule, String subject);

  /** Forgets the subject's attempts (a right password ends a run of failures). */
  void reset(AttemptRule rule, String subject);
}
