package cn.gov.bizenv.casetracking.application.cases.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.LEADER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.SUPERVISOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.UNIT_HANDLER;

import cn.gov.bizenv.casetracking.application.cases.CaseActionCommand;
import cn.gov.bizenv.casetracking.application.cases.CaseDetail;
import cn.gov.bizenv.casetracking.application.cases.CaseHandling;
import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.application.triage.internal.DecisionRecorder;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEvent;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEvent.Facts;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionContext;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionDefinition;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionInput;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseActions;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.Transition;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitRepository;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Takes actions on cases. Each action is checked in this order, so that the answer reveals no more
 * than the caller may know: the case must be in the caller's scope (else 404), the command must be
 * well-formed (400), the version current (409), the lifecycle must allow the action to this caller
 * in the case's status (422 with {@code lifecycle.illegal.*}), and the action's inputs must fit its
 * row in {@link CaseActions} (400). Then the case changes as the row says, one immutable event is
 * appended and the case gets a new version, even for actions such as progress notes that change
 * nothing else.
 *
 * <p>Refused roles: chief service officers and administrators never act on cases and are refused by
 * the container (403). Roles that may act on cases but not take this action now, for example a unit
 * handler attempting 受理 or a leader attempting anything, get 422 with the lifecycle's key ({@code
 * lifecycle.illegal.status} when the status rules it out, {@code lifecycle.illegal.role}
 * otherwise): whether such an action is allowed depends on the case's current status and the
 * caller's part in it, not on the caller's role alone.
 *
 * <p>A 差评 at follow-up (rating 1 or 2) does not reopen the case by itself: the case stays
 * FOLLOWED_UP with {@code reopenDue} set, which the detail page shows to the office, and the office
 * reopens it with REOPEN. Reopening needs a reason that tells the lead unit what to rectify, which
 * only a person can write; REOPEN clears the flag.
 */
@Stateless
@RolesAllowed({TRIAGE_OFFICER, UNIT_HANDLER, SUPERVISOR, LEADER})
public class CaseHandlingService implements CaseHandling {
  @Inject CaseFileRepository cases;
  @Inject UnitRepository units;
  @Inject InputValidation validation;
  @Inject PortalClock clock;
  @Inject Callers callers;
  @Inject CaseAccess access;
  @Inject CaseViews views;
  @Inject CaseClock caseClock;
  @Inject WhoMustAct whoMustAct;
  @Inject CaseWatching watching;
  @Inject DecisionRecorder triageDecisions;

  @Override
  public CaseDetail perform(long caseId, CaseActionCommand command) {
    CallerProfile caller = callers.current();
    CaseFile caseFile = access.visibleCase(caseId, caller);
    validation.check(command);
    if (caseFile.getVersion() != command.version()) {
      throw ConflictException.staleVersion();
    }
    Transition transition = access.check(caseFile, command.action(), caller);
    ActionDefinition action = CaseActions.of(command.action());
    List<FieldViolation> invalid = action.violations(command.values());
    if (!invalid.isEmpty()) {
      throw new InvalidInputException(invalid);
    }
    LocalDateTime now = clock.now();
    Facts facts = action.effect().apply(caseFile, command.values(), context(caller, now));
    caseFile.follow(transition);
    caseClock.apply(action.clock(), caseFile, now);
    // The reply is its own note on the timeline.
    String note =
        action.inputs().containsKey(ActionInput.REPLY)
            ? caseFile.getReply().getText()
            : stripped(command.note());
    cases.addEvent(
        new CaseEvent(
            caseFile.getId(),
            action.event(),
            caller.username(),
            now,
            transition.from(),
            transition.to(),
            note,
            facts));
    cases.saveAction(caseFile);
    whoMustAct.tell(caseFile, action, caller.username());
    watching.tell(caseFile, action, caller.username());
    if (command.action() == CaseAction.DISPATCH) {
      recordTriageDecision(caseFile);
    }
    return views.detail(caseFile, caller);
  }

  private void recordTriageDecision(CaseFile caseFile) {
    triageDecisions.dispatched(
        caseFile.getId(),
        caseFile.getTitle(),
        caseFile.getContent(),
        caseFile.getConcernedUnit().getId(),
        caseFile.getCategory() == null ? null : caseFile.getCategory().getId(),
        caseFile.getLeadUnit() == null ? null : caseFile.getLeadUnit().getId());
  }

  @Override
  public Set<CaseAction> allowedActions(long caseId) {
    CallerProfile caller = callers.current();
    return access.allowedActions(access.visibleCase(caseId, caller), caller);
  }

  /** What the action's effect looks up: units to dispatch to and the case to merge into. */
  private ActionContext context(CallerProfile caller, LocalDateTime now) {
    return new ActionContext() {
      @Override
      public LocalDateTime now() {
        return now;
      }

      @Override
      public String actor() {
        return caller.username();
      }

      @Override
      public Unit activeUnit(long id, String field, String messageKey) {
        return units
            .find(id)
            .filter(Unit::isActive)
            .orElseThrow(() -> InputValidation.invalid(field, messageKey));
      }

      @Override
      public CaseFile mergeTarget(CaseFile caseFile, long targetId) {
        return CaseHandlingService.this.mergeTarget(caseFile, targetId);
      }
    };
  }

  /** Only an open case that is not itself merged can take a duplicate in. */
  private CaseFile mergeTarget(CaseFile caseFile, long targetId) {
    if (targetId == caseFile.getId()) {
      throw InputValidation.invalid("mergeIntoCaseId", "handling.mergeIntoCaseId.self");
    }
    CaseFile target =
        cases
            .find(targetId)
            .orElseThrow(
                () ->
                    InputValidation.invalid("mergeIntoCaseId", "handling.mergeIntoCaseId.unknown"));
    if (!target.getStatus().isOpen()) {
      throw InputValidation.invalid("mergeIntoCaseId", "handling.mergeIntoCaseId.notOpen");
    }
    return target;
  }

  private static String stripped(String note) {
    return note == null || note.isBlank() ? null : note.strip();
  }
}
