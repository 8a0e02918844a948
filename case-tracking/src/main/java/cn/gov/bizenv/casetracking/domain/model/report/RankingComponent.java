package cn.gov.bizenv.casetracking.domain.model.report;

/** The parts of a unit's ranking score; each yields 0–100, higher is better. */
public enum RankingComponent {
  /** Share of cases signed for by sign_off_due (of those due in the period and signed or past due). */
  ON_TIME_SIGN_OFF,
  /** The on-time reply rate ({@link Figure#ON_TIME} of {@link Figure#REPLY_DUE}) of the unit's cases. */
  ON_TIME_REPLY,
  /** The satisfaction rate ({@link Figure#SATISFIED} of {@link Figure#RATED}). */
  SATISFACTION,
  /** 100 − the reopen rate ({@link Figure#REOPENED} of {@link Figure#CLOSED_ONCE}). */
  REOPEN,
  /** 100 − returns to triage per case dispatched to the unit in the period, in percent (floor 0). */
  RETURNED,
  /** 100 − supervision actions (催办/督办单/通报/问责) per case dispatched in the period, in percent (floor 0). */
  SUPERVISION
}
