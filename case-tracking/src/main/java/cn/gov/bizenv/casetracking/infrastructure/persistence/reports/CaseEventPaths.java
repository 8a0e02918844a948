package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEvent_;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile_;

/**
 * The parts of report queries over case events (alias {@code e}), with names from the generated
 * metamodel. The period's bounds are the parameters {@code :start} and {@code :end}.
 */
final class CaseEventPaths {
  static final String TYPE = "e." + CaseEvent_.TYPE;
  static final String ACTOR = "e." + CaseEvent_.ACTOR;

  /** The event belongs to the case {@code c}. */
  static final String OF_CASE = "e." + CaseEvent_.CASE_ID + " = c." + CaseFile_.ID;

  /** The event happened in the period. */
  static final String IN_PERIOD =
      "e." + CaseEvent_.OCCURRED_AT + " >= :start and e." + CaseEvent_.OCCURRED_AT + " < :end";

  /** A supervision action ({@code :supervision}) taken in the period. */
  static final String SUPERVISION_IN_PERIOD = TYPE + " in :supervision and " + IN_PERIOD;

  private CaseEventPaths() {}
}
