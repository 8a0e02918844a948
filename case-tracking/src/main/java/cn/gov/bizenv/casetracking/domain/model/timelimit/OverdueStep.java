package cn.gov.bizenv.casetracking.domain.model.timelimit;

/** The supervision ladder for an overdue case, in the order it is climbed. */
public enum OverdueStep {
  /** 催办: the unit is urged to answer. */
  URGE,
  /** 督办单: a formal supervision order is issued. */
  SUPERVISION_ORDER,
  /** 通报: the unit is named in a notice. */
  NOTICE,
  /** 问责: accountability is recorded. */
  ACCOUNTABILITY
}
