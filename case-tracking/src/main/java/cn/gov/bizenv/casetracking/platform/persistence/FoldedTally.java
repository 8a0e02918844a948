package cn.gov.bizenv.casetracking.platform.persistence;

/**
 * Report counts kept by PostgreSQL triggers as delta rows, which {@link TallyFolding} folds into
 * the tally every few seconds (case tracking's {@code CaseTally}, chief service's coverage tally).
 */
public interface FoldedTally {
  /** Folds the deltas written since the last fold; returns how many there were. */
  long fold();
}
