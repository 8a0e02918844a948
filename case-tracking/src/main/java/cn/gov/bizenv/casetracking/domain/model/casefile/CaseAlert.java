package cn.gov.bizenv.casetracking.domain.model.casefile;

/**
 * What a unit's to-do list calls out about a case on the clock (待签收 or 办理中, not waiting for the
 * writer). The supervision sweep raises the warnings and the ladder steps these rest on.
 */
public enum CaseAlert {
  /** 即将超期: a deadline warning was raised in the current round and the reply is not yet late. */
  DUE_SOON,
  /** 已超期: the reply deadline has passed. */
  OVERDUE,
  /** 被催办/督办: a step of the ladder (催办, 督办单, 通报, 问责) was raised in the current round. */
  PRESSED
}
