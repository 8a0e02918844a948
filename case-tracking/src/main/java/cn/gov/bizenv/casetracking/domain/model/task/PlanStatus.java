package cn.gov.bizenv.casetracking.domain.model.task;

/**
 * Where a rectification task's plan (整改方案) stands; display names under {@code planStatus.*}. Tasks
 * that are no rectification have none.
 */
public enum PlanStatus {
  /** 待报方案: the lead has not filed the plan yet. */
  AWAITED,
  /** 待审核: filed, waiting for the office. */
  SUBMITTED,
  /** 已批准: approved; its items are carried out and accepted one by one. */
  APPROVED,
  /** 退回修改: sent back by the office with a reason; the lead files it again. */
  SENT_BACK;

  /** Whether the lead may file (or file again) the plan. */
  public boolean awaitsFiling() {
    return this == AWAITED || this == SENT_BACK;
  }
}
