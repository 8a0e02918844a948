package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

/**
 * Whose move it is after an action, so that their bell rings; the person who acted is never told.
 */
public enum NextActor {
  /** Nobody else must act on the case now. */
  NOBODY,
  /** The lead unit's handlers. */
  LEAD_UNIT,
  /** The lead unit's handlers, and the assisting units' handlers that they are to assist. */
  LEAD_AND_ASSISTING_UNITS,
  /** The triage officers of the office. */
  TRIAGE_OFFICERS,
  /** The triage officers and the supervisors, who decide requests. */
  TRIAGE_OFFICERS_AND_SUPERVISORS
}
