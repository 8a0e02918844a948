package cn.gov.bizenv.casetracking.application.cases.internal;

import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseLifecycle;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.IllegalTransitionException;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.Participation;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.Transition;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may see a case and what they may do with it: the office's roles see every case, a unit
 * handler only the cases their unit leads or assists; the lifecycle decides the actions, and the
 * case's data narrows them (an extension can be decided only while one is requested).
 */
@ApplicationScoped
public class CaseAccess {
  private static final Set<Role> SEE_ALL_CASES =
      EnumSet.of(Role.TRIAGE_OFFICER, Role.SUPERVISOR, Role.LEADER);

  /** What waits until the writer's supplement has come and the case is resumed. */
  private static final Set<CaseAction> WHILE_PAUSED_REFUSED =
      EnumSet.of(
          CaseAction.SUBMIT_REPLY, CaseAction.RETURN_TO_TRIAGE, CaseAction.REQUEST_EXTENSION);

  private final CaseLifecycle lifecycle = new CaseLifecycle();

  @Inject CaseFileRepository cases;

  public static boolean seesAll(CallerProfile caller) {
    return caller.roles().stream().anyMatch(SEE_ALL_CASES::contains);
  }

  /**
   * Whether the caller reads writers' personal data (name, phone, identity number) unmasked: triage
   * officers and supervisors, who may have to call the writer back; everyone else reads it masked.
   */
  public static boolean seesPersonalData(CallerProfile caller) {
    return caller.hasRole(Role.TRIAGE_OFFICER) || caller.hasRole(Role.SUPERVISOR);
  }

  /** The case, if the caller may see it; otherwise it is reported as not found. */
  public CaseFile visibleCase(long id, CallerProfile caller) {
    return cases
        .find(id)
        .filter(found -> seesAll(caller) || participation(found, caller) != Participation.NONE)
        .orElseThrow(() -> new NotFoundException("case", id));
  }

  /** How the caller's unit takes part in the case; office staff's unit is normally on no case. */
  public static Participation participation(CaseFile caseFile, CallerProfile caller) {
    if (caseFile.getLeadUnit() != null && caseFile.getLeadUnit().getId() == caller.unitId()) {
      return Participation.LEAD_UNIT;
    }
    boolean assisting =
        caseFile.getAssistingUnits().stream().anyMatch(unit -> unit.getId() == caller.unitId());
    return assisting ? Participation.ASSISTING_UNIT : Participation.NONE;
  }

  /**
   * Checks the action against the lifecycle.
   *
   * @throws RuleViolationException with the lifecycle's message key when it is not allowed
   */
  public Transition check(CaseFile caseFile, CaseAction action, CallerProfile caller) {
    Transition transition;
    try {
      transition =
          lifecycle.check(
              caseFile.getStatus(), action, caller.roles(), participation(caseFile, caller));
    } catch (IllegalTransitionException refused) {
      throw new RuleViolationException(refused.messageKey());
    }
    if (caseFile.isPaused() && WHILE_PAUSED_REFUSED.contains(action)) {
      throw new RuleViolationException("handling.pause.active");
    }
    return transition;
  }

  /** The actions the caller may take now, in the lifecycle's order. */
  public Set<CaseAction> allowedActions(CaseFile caseFile, CallerProfile caller) {
    Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
    allowed.addAll(
        lifecycle.allowedActions(
            caseFile.getStatus(), caller.roles(), participation(caseFile, caller)));
    if (caseFile.isPaused()) {
      // While the writer is asked for more, the case cannot be answered, returned or extended.
      allowed.removeAll(WHILE_PAUSED_REFUSED);
      allowed.remove(CaseAction.AWAIT_WRITER);
    } else {
      allowed.remove(CaseAction.RESUME);
    }
    if (caseFile.hasPendingExtension()) {
      allowed.remove(CaseAction.REQUEST_EXTENSION);
    } else {
      allowed.remove(CaseAction.APPROVE_EXTENSION);
      allowed.remove(CaseAction.REFUSE_EXTENSION);
    }
    return Collections.unmodifiableSet(allowed);
  }
}
