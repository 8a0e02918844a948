package cn.gov.bizenv.casetracking.domain.model.casefile;

import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction;

/**
 * What a timeline event records: the case's recording, then one type per {@link CaseAction} with
 * the same name. Display names live in the bundles under {@code event.*}.
 */
public enum CaseEventType {
  /** The case entered the portal through intake. */
  RECORDED,
  ACCEPT,
  REJECT,
  DISPATCH,
  SIGN_FOR,
  RETURN_TO_TRIAGE,
  RECORD_PROGRESS,
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
  RESUME;

  /** The event type that records the action. */
  public static CaseEventType of(CaseAction action) {
    return valueOf(action.name());
  }
}
