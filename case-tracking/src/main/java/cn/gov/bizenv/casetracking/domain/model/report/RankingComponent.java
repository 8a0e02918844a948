package cn.gov.bizenv.casetracking.domain.model.report;

/**
 * The parts of a unit's ranking score; each yields 0–100, higher is better. A component computed
 * from dashboard figures names them ({@link #base()}, {@link #part()}), so that the ranking can
 * drill into the same case lists as the dashboard, restricted to the unit; the others have none.
 */
public enum RankingComponent {
  /**
   * Share of cases signed for by sign_off_due (of those due in the period and signed or past due).
   */
  ON_TIME_SIGN_OFF,
  /**
   * The on-time reply rate ({@link Figure#ON_TIME} of {@link Figure#REPLY_DUE}) of the unit's
   * cases.
   */
  ON_TIME_REPLY,
  /** The satisfaction rate ({@link Figure#SATISFIED} of {@link Figure#RATED}). */
  SATISFACTION,
  /** 100 − the reopen rate ({@link Figure#REOPENED} of {@link Figure#CLOSED_ONCE}). */
  REOPEN,
  /**
   * 100 − returns to triage per case dispatched to the unit in the period, in percent (floor 0).
   */
  RETURNED,
  /**
   * 100 − supervision actions (催办/督办单/通报/问责) per case dispatched in the period, in percent (floor
   * 0).
   */
  SUPERVISION;

  /** The figure whose count is the component's base (null: no dashboard figure matches). */
  public Figure base() {
    return switch (this) {
      case ON_TIME_REPLY -> Figure.REPLY_DUE;
      case SATISFACTION -> Figure.RATED;
      case REOPEN -> Figure.CLOSED_ONCE;
      default -> null;
    };
  }

  /** The figure whose count is the part of the base the rate is made of (null as for base). */
  public Figure part() {
    return switch (this) {
      case ON_TIME_REPLY -> Figure.ON_TIME;
      case SATISFACTION -> Figure.SATISFIED;
      case REOPEN -> Figure.REOPENED;
      default -> null;
    };
  }

  /** The unit's counts of {@link #base()} and {@link #part()} (null when there are none). */
  public long[] counts(UnitMeasures m) {
    return switch (this) {
      case ON_TIME_REPLY -> new long[] {m.replyDue(), m.repliedOnTime()};
      case SATISFACTION -> new long[] {m.rated(), m.satisfied()};
      case REOPEN -> new long[] {m.closedOnce(), m.reopened()};
      default -> null;
    };
  }
}
