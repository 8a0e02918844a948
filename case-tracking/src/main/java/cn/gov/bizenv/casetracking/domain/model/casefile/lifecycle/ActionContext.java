package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import java.time.LocalDateTime;

/**
 * What an action's effect needs from outside the case: when and by whom it is taken, and the other
 * records it names, looked up by the service that performs it.
 */
public interface ActionContext {
  LocalDateTime now();

  /** The username of the person acting. */
  String actor();

  /**
   * The active unit with the id; refused as an invalid input of {@code field} with {@code
   * messageKey} when there is none.
   */
  Unit activeUnit(long id, String field, String messageKey);

  /** The open case, not the case itself, that {@code caseFile} duplicates; refused otherwise. */
  CaseFile mergeTarget(CaseFile caseFile, long targetId);
}
