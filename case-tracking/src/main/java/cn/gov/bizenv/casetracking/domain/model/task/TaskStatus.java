package cn.gov.bizenv.casetracking.domain.model.task;

/** Where a task stands; display names live in the bundles under {@code taskStatus.*}. */
public enum TaskStatus {
  /** 未启动: assigned, nothing reported yet. */
  NOT_STARTED,
  /** 推进中: the lead has reported progress. */
  IN_PROGRESS,
  /** 逾期: a milestone or the final deadline passed without being met. */
  OVERDUE,
  /** 已完成: the lead claims completion with evidence; the office has not yet accepted it. */
  COMPLETED,
  /** 已销号: the office accepted the completion; nothing changes any more. */
  CLOSED;

  /** Whether the task is still being worked on, so reports and the sweep concern it. */
  public boolean isOpen() {
    return this == NOT_STARTED || this == IN_PROGRESS || this == OVERDUE;
  }
}
