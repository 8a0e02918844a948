package cn.gov.bizenv.chiefservice.domain.model.visit;

/** Where a visit stands; display names live in the bundles under {@code visitStatus.*}. */
public enum VisitStatus {
  /** 计划: the officer plans to visit on the day. */
  PLANNED,
  /** 已走访: the visit took place. */
  HELD,
  /** 未走访: it did not take place, for a stated reason. */
  NOT_HELD;

  /** Whether the visit's outcome is recorded; recorded visits are history and do not change. */
  public boolean isFinal() {
    return this != PLANNED;
  }
}
