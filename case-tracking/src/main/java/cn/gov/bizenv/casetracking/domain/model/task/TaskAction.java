package cn.gov.bizenv.casetracking.domain.model.task;

/** What can be done to a task; each is one row of {@link TaskLifecycle}. */
public enum TaskAction {
  /** The office hands the task to another lead, responsible person or cooperating units. */
  ASSIGN,
  /** The office changes the content, target, milestones, deadline or cadence. */
  REVISE,
  /** The lead files a progress report (进展报告) for a period. */
  REPORT_PROGRESS,
  /** The lead records a milestone as met. */
  MEET_MILESTONE,
  /** The lead claims completion with evidence (已完成). */
  CLAIM_COMPLETION,
  /** The office accepts the completion (销号). */
  ACCEPT,
  /** The office sends the completion back for more (退回补充), with a reason. */
  SEND_BACK,
  /** The sweep finds a milestone or the deadline missed (逾期). */
  MARK_OVERDUE
}
