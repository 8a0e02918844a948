package cn.gov.bizenv.casetracking.domain.model.casefile;

/** The statuses of a case (MISSION-NOTES: 待受理 … 已回访, plus the side paths). */
public enum CaseStatus {
  /** 待受理. */
  NEW,
  /** 已受理. */
  ACCEPTED,
  /** 不予受理: the writer sees the reason. */
  REJECTED,
  /** 已派单: waiting for the lead unit to sign for it. */
  DISPATCHED,
  /** 已退单: returned by the unit as misrouted, waiting for triage. */
  RETURNED,
  /** 办理中: signed for. */
  IN_PROGRESS,
  /** 已答复: the reply is drafted and waits for the office's review. */
  REPLIED,
  /** 已办结. */
  CLOSED,
  /** 已回访. */
  FOLLOWED_UP,
  /** 已并单: merged into another case. */
  MERGED;

  /**
   * The statuses a unit's cases can have: a unit leads or assists a case only once it has been
   * dispatched, so 待受理, 已受理 and 不予受理 never appear in a unit's lists.
   */
  public static final java.util.Set<CaseStatus> SEEN_BY_UNITS =
      java.util.Collections.unmodifiableSet(java.util.EnumSet.range(DISPATCHED, MERGED));

  /** Whether the case is still being worked on (counts for deadlines and worklists). */
  public boolean isOpen() {
    return this != REJECTED && this != CLOSED && this != FOLLOWED_UP && this != MERGED;
  }
}
