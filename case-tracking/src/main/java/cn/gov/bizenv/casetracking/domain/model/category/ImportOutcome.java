package cn.gov.bizenv.casetracking.domain.model.category;

/** What importing one row does; display names live in the bundles under {@code importOutcome.*}. */
public enum ImportOutcome {
  /** The row adds at least one node. */
  NEW,
  /**
   * Every node of the row is in the tree already (perhaps deactivated, which the import leaves so).
   */
  EXISTING,
  /** The row has problems; while any row has, the import stores nothing. */
  INVALID
}
