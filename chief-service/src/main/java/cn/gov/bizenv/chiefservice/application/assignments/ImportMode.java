package cn.gov.bizenv.chiefservice.application.assignments;

/** What to store when an assignment import is confirmed. */
public enum ImportMode {
  /** Store the valid rows and skip the others. */
  VALID_ROWS,
  /** Store every row, or nothing if any row is invalid. */
  ALL_ROWS
}
