package cn.gov.bizenv.casetracking.domain.model.supervision;

import java.util.Set;

/** Records the steps raised, and tells which a case's current round already has. */
public interface SupervisionStepRepository {
  /** Stores the step now; fails if the same step of the same round was raised already. */
  void addNow(SupervisionStep step);

  Set<String> raised(long caseId, int clockRound);
}
