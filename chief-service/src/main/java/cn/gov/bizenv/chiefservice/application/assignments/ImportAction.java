package cn.gov.bizenv.chiefservice.application.assignments;

/** What confirming the import would do with one row; labels under {@code importAction.*}. */
public enum ImportAction {
  /** Register the firm and give it to the officer. */
  REGISTER,
  /** The firm is known and has no officer: give it to the officer. */
  ASSIGN,
  /** The firm is known and has another officer: hand it over. */
  REASSIGN,
  /** The firm already has this officer. */
  UNCHANGED,
  /** The row has errors and would be skipped. */
  SKIP
}
