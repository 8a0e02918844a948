package cn.gov.bizenv.casetracking.domain.model.audit;

/** What the audit log records. */
public enum AuditEventType {
  SIGN_IN,
  SIGN_IN_FAILED,
  SIGN_IN_REFUSED,
  /** A writer's name, phone or ID number shown unmasked (case detail, letter contact). */
  PERSONAL_DATA_VIEWED,
  /** An export (workbook, PDF) that holds cases or figures. */
  EXPORT,
  API_KEY_ISSUED,
  API_KEY_REVOKED,
  ACCOUNT_CHANGED
}
