package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

/**
 * Everything a staff member can do to a case. Actions that leave the status unchanged (progress
 * notes, extensions, supervision) are listed too, so that one table decides who may do what.
 */
public enum CaseAction {
  /** 受理, optionally with a corrected classification. */
  ACCEPT,
  /** 不予受理: needs a reason, which the writer sees. */
  REJECT,
  /** 派单 to one lead unit and optional assisting units; also 重新派单 of a returned case. */
  DISPATCH,
  /** 签收 by the lead unit. */
  SIGN_FOR,
  /** 退单: the lead unit says the case is not theirs. */
  RETURN_TO_TRIAGE,
  /**
   * 驳回退单: the office refuses a return, with its reason; the case goes back to the same lead unit on
   * the same clock.
   */
  REFUSE_RETURN,
  /** 办理进展 note by the lead or an assisting unit. */
  RECORD_PROGRESS,
  /** 协办意见: an assisting unit's opinion, which the lead unit reads before it replies. */
  ASSIST_OPINION,
  /** 延期申请 by the lead unit. */
  REQUEST_EXTENSION,
  /** 延期审批通过. */
  APPROVE_EXTENSION,
  /** 延期审批不通过. */
  REFUSE_EXTENSION,
  /** 答复: the lead unit submits its reply for the office's review. */
  SUBMIT_REPLY,
  /** 审核通过并办结, with an outcome class. */
  APPROVE_REPLY_AND_CLOSE,
  /** 审核退回: the reply goes back to the lead unit for revision. */
  SEND_REPLY_BACK,
  /** 回访, with a five-level satisfaction rating. */
  FOLLOW_UP,
  /** 重办 after a bad rating, by the same lead unit. */
  REOPEN,
  /** 并单: the case duplicates another one. */
  MERGE,
  /** 催办. */
  URGE,
  /** 督办单. */
  ISSUE_SUPERVISION_ORDER,
  /** 通报. */
  ISSUE_NOTICE,
  /** 问责 record. */
  RECORD_ACCOUNTABILITY,
  /** 等待补充材料: the clock stops while the writer is asked for more; the note says what. */
  AWAIT_WRITER,
  /** 恢复办理: the writer's supplement has come (or the wait is given up); the clock runs again. */
  RESUME
}
