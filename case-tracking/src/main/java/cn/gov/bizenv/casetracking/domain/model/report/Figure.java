package cn.gov.bizenv.casetracking.domain.model.report;

/**
 * Every figure a report shows, each with exactly one definition. The dashboard's count, the
 * drill-down list and the export all use the predicate of the same constant (see {@code
 * FigureDefinitions}), so they cannot disagree. "The period" is [from, to] in whole days (Beijing
 * time); "the cohort" is the cases received in the period, further limited to a district (the
 * concerned unit) or a unit (the lead unit) when one is chosen. "Now" is the report's clock.
 */
public enum Figure {
  /** 受理量: the cohort. */
  RECEIVED(false),
  /** The cohort by channel; key: the channel's name. */
  CHANNEL(true),
  /** The cohort by current status; key: the status's name. */
  STATUS(true),
  /**
   * The cohort by category subtree; key: a category code of level 1 or 2 (its code is a prefix of
   * its descendants' codes). Unclassified cases are in no category row.
   */
  CATEGORY(true),
  /** The cohort by lead unit; key: the unit id. Undispatched cases are in no unit row. */
  LEAD_UNIT(true),
  /** The cohort by district: concerned unit of kind COUNTY_OR_DISTRICT; key: the unit id. */
  DISTRICT(true),
  /** 办结量: cases closed in the period (closed_at in the period, not reopened since). */
  CLOSED(false),
  /**
   * The base of the on-time rate: cases whose reply was due in the period (reply_due in the period)
   * and that are either replied or past their due time now. Cases still within their time limit are
   * left out because their outcome is not known yet. Only the current round of the clock counts:
   * "replied" means the case has a reply and stands on it (status REPLIED, CLOSED or FOLLOWED_UP);
   * reopening restarts the clock and a reply sent back is no answer.
   */
  REPLY_DUE(false),
  /** Of {@link #REPLY_DUE}: replied (in the current round) on or before reply_due. */
  ON_TIME(false),
  /** Of {@link #REPLY_DUE}: not replied, or replied after reply_due. */
  LATE(false),
  /**
   * 超期: cases due in the period (reply_due in the period) still open now (DISPATCHED or
   * IN_PROGRESS) and past reply_due. A subset of {@link #LATE}.
   */
  OVERDUE(false),
  /**
   * The base of the average handling time: cases dispatched and replied in the current round, with
   * the reply in the period (replied_at in the period); handling runs from dispatched_at (the
   * current round's start).
   */
  HANDLED(false),
  /** The base of the satisfaction rate: the cohort's cases that carry a rating. */
  RATED(false),
  /** Of {@link #RATED}: rated SATISFIED or VERY_SATISFIED. */
  SATISFIED(false),
  /**
   * The base of the reopen rate: the cohort's cases closed at least once (closed now or reopened).
   */
  CLOSED_ONCE(false),
  /** Of {@link #CLOSED_ONCE}: reopened at least once. */
  REOPENED(false),
  /**
   * Of the cohort's firm requests (channel FIRM_REQUEST, raised by chief service officers at
   * visits): closed (CLOSED or FOLLOWED_UP) with the outcome SOLVED.
   */
  FIRM_REQUEST_SOLVED(false);

  private final boolean keyed;

  Figure(boolean keyed) {
    this.keyed = keyed;
  }

  /**
   * The figure whose rows include this one's by definition, so that both can be counted in one pass
   * over the larger one's rows: RECEIVED for the cohort's subsets, REPLY_DUE for ON_TIME, LATE and
   * OVERDUE (due in the period and past due now, hence in REPLY_DUE); otherwise the figure itself.
   */
  public Figure within() {
    return switch (this) {
      case RATED, SATISFIED, CLOSED_ONCE, REOPENED, FIRM_REQUEST_SOLVED -> RECEIVED;
      case ON_TIME, LATE, OVERDUE -> REPLY_DUE;
      default -> this;
    };
  }

  /** Whether the figure is a breakdown whose rows are told apart by a key. */
  public boolean keyed() {
    return keyed;
  }
}
