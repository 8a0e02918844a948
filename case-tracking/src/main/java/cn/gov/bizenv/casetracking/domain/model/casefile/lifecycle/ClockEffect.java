package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

/** What an action does to the case's working-day clock once the case has changed. */
public enum ClockEffect {
  /** The clock is left as it is. */
  NONE,
  /** The clock starts: the reply and total deadlines are set from the time-limit rule. */
  START_AT_DISPATCH,
  /** A new round of the clock starts from the reopening. */
  RESTART_AT_REOPENING,
  /** The granted extension moves the reply deadline. */
  APPLY_EXTENSION,
  /** The finished pause moves the deadlines by the working days it lasted. */
  APPLY_PAUSES
}
