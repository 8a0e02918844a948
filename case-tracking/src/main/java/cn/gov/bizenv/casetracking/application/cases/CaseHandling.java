package cn.gov.bizenv.casetracking.application.cases;

import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction;
import java.util.Set;

/**
 * Moves cases through their lifecycle: 受理, 派单, 签收, 答复, 办结, 回访, 重办 and the side paths, each recorded
 * as an event on the case's timeline. Refusals: a case outside the caller's scope is not found
 * (404); input that does not fit the action names its fields (400); a stale version is a conflict
 * (409); an action the lifecycle does not allow to this caller in this status is a rule violation
 * (422) carrying the lifecycle's message key.
 */
public interface CaseHandling {
  /** Takes the action and returns the case as it now stands, with its new version. */
  CaseDetail perform(long caseId, CaseActionCommand command);

  /** The actions the caller may take on the case now, for offering only those. */
  Set<CaseAction> allowedActions(long caseId);
}
