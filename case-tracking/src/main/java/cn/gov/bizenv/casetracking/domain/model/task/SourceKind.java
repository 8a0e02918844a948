package cn.gov.bizenv.casetracking.domain.model.task;

/** Where a task comes from; display names live in the bundles under {@code taskSource.*}. */
public enum SourceKind {
  /** 领导小组会议议定事项: decided at a meeting of the leading group (meeting and date). */
  MEETING_DECISION,
  /** 三年行动方案: a task of the three-year action plan (the plan's item number). */
  ACTION_PLAN,
  /** 上级督查反馈问题: a finding of a higher inspection, e.g. the State Council's. */
  HIGHER_INSPECTION,
  /** 通报/督查发现问题: a problem found by a bulletin or a supervision step, to rectify. */
  SUPERVISION_FINDING
}
