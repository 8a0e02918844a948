package cn.gov.bizenv.casetracking.domain.model.attempt;

import java.time.LocalDateTime;

/** The attempts of each purpose and subject, stored where every server of a cluster sees them. */
public interface AttemptLog {
  void record(String purpose, String subject, LocalDateTime at);

  long countSince(String purpose, String subject, LocalDateTime since);

  /** The oldest attempt since the time, which is the one to expire first; null when none. */
  LocalDateTime oldestSince(String purpose, String subject, LocalDateTime since);

  void forget(String purpose, String subject);

  int purgeBefore(LocalDateTime before);
}
