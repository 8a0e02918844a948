package cn.gov.bizenv.casetracking.application.batches;

/** What to store when a batch import is committed. */
public enum BatchImportMode {
  /** Every row, or nothing while any row has problems. */
  ALL_ROWS,
  /** The valid rows; the others are skipped. */
  VALID_ROWS
}
