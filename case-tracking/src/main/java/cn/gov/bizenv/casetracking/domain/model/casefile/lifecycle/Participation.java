package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

/**
 * How the acting user's unit takes part in the case. Roles alone are not enough for unit handlers:
 * every unit has handlers, but only the units the case was dispatched to may act on it.
 */
public enum Participation {
  /** The actor belongs to the case's lead unit (主办). */
  LEAD_UNIT,
  /** The actor belongs to one of the case's assisting units (协办). */
  ASSISTING_UNIT,
  /** The actor's unit is not on the case, or the actor works for the office. */
  NONE
}
