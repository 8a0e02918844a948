package cn.gov.bizenv.casetracking.application.supervision.internal;

import cn.gov.bizenv.casetracking.application.notifications.internal.NotificationSender;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseActor;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEvent;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseActions;
import cn.gov.bizenv.casetracking.domain.model.supervision.SupervisionStep;
import cn.gov.bizenv.casetracking.domain.model.supervision.SupervisionStepRepository;
import cn.gov.bizenv.casetracking.domain.model.timelimit.OverdueStep;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Raises one supervision step in a transaction of its own: the step's row first, so that a second
 * server raising the same step fails on the unique constraint before anything else happens; then
 * the timeline event (for ladder steps) and the notifications.
 *
 * <p>Called only by {@link SupervisionService}, whose sweep runs from the platform's timer without
 * a caller; hence {@code @PermitAll} (it is a local bean with no remote or web entry point).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SupervisionStepRecorder {
  static final String SYSTEM = CaseActor.SYSTEM_ACTOR;
  static final Map<String, CaseAction> LADDER_ACTIONS =
      Map.of(
          OverdueStep.URGE.name(), CaseAction.URGE,
          OverdueStep.SUPERVISION_ORDER.name(), CaseAction.ISSUE_SUPERVISION_ORDER,
          OverdueStep.NOTICE.name(), CaseAction.ISSUE_NOTICE,
          OverdueStep.ACCOUNTABILITY.name(), CaseAction.RECORD_ACCOUNTABILITY);

  @Inject SupervisionStepRepository steps;
  @Inject CaseFileRepository cases;
  @Inject NotificationSender notify;
  @Inject PortalClock clock;

  public void raise(long caseId, int clockRound, String step, LocalDate dueOn) {
    steps.addNow(new SupervisionStep(caseId, step, clockRound, dueOn, clock.now(), SYSTEM));
    CaseFile caseFile = cases.find(caseId).orElseThrow();
    CaseAction action = LADDER_ACTIONS.get(step);
    if (action != null) {
      cases.addEvent(
          new CaseEvent(
              caseId,
              CaseActions.of(action).event(),
              SYSTEM,
              clock.now(),
              caseFile.getStatus(),
              caseFile.getStatus(),
              null));
    }
    String key =
        step.startsWith("WARNING_") ? "notice.supervision.WARNING" : "notice.supervision." + step;
    List<String> arguments =
        List.of(
            caseFile.getTrackingNumber(),
            caseFile.getTitle(),
            step.startsWith("WARNING_") ? step.substring("WARNING_".length()) : dueOn.toString());
    if (caseFile.getLeadUnit() != null) {
      notify.toRole(
          Role.UNIT_HANDLER, caseFile.getLeadUnit().getId(), null, key, arguments, caseId);
    }
    if (action != null) {
      notify.toRole(Role.SUPERVISOR, null, null, key, arguments, caseId);
    }
  }
}
