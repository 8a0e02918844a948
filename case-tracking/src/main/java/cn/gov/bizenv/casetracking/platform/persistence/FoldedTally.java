package cn.gov.bizenv.casetracking.platform.persistence;

import cn.gov.bizenv.casetracking.infrastructure.persistence.reports.CaseTally;

/**
 * Report counts kept by PostgreSQL triggers as delta rows, which {@link TallyFolding} folds into
 * the tally every few seconds (case tracking's {@link CaseTally}, chief service's coverage tally).
 */
public interface FoldedTally {
  /** Folds the deltas written since the last fold; returns how many there were. */
  long fold();
}
