package cn.gov.bizenv.casetracking.domain.model.task;

/** What a line of a task's timeline records; display names under {@code taskEvent.*}. */
public enum TaskEventType {
  CREATED,
  ASSIGNED,
  REVISED,
  REPORTED,
  MILESTONE_MET,
  COMPLETION_CLAIMED,
  ACCEPTED,
  SENT_BACK,
  MARKED_OVERDUE,
  /** A rectification task was started (from a bulletin's notable case, if any). */
  RECTIFICATION_STARTED,
  PLAN_FILED,
  PLAN_APPROVED,
  PLAN_SENT_BACK,
  /** 销号 of one rectification item. */
  ITEM_ACCEPTED,
  /** 催报: the sweep urged a late report. */
  REPORT_URGED,
  /** 督办: the sweep issued a supervision order for a missed milestone. */
  SUPERVISION_ORDER,
  /** 通报: the sweep gave notice of a milestone still missed. */
  NOTICE
}
