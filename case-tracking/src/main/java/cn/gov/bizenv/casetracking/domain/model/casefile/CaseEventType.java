package cn.gov.bizenv.casetracking.domain.model.casefile;

/**
 * What a timeline event records: the case's recording, then one type per case action with the same
 * name, which the action's row in {@code CaseActions} names. Display names live in the bundles
 * under {@code event.*}.
 */
public enum CaseEventType {
  /** The case entered the portal through intake. */
  RECORDED,
  ACCEPT,
  REJECT,
  DISPATCH,
  SIGN_FOR,
  RETURN_TO_TRIAGE,
  REFUSE_RETURN,
  RECORD_PROGRESS,
  ASSIST_OPINION,
  REQUEST_EXTENSION,
  APPROVE_EXTENSION,
  REFUSE_EXTENSION,
  SUBMIT_REPLY,
  APPROVE_REPLY_AND_CLOSE,
  SEND_REPLY_BACK,
  FOLLOW_UP,
  REOPEN,
  MERGE,
  URGE,
  ISSUE_SUPERVISION_ORDER,
  ISSUE_NOTICE,
  RECORD_ACCOUNTABILITY,
  AWAIT_WRITER,
  RESUME
}
