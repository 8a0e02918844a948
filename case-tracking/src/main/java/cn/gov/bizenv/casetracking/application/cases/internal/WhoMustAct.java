package cn.gov.bizenv.casetracking.application.cases.internal;

import cn.gov.bizenv.casetracking.application.notifications.internal.NotificationSender;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionDefinition;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.NextActor;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * After an action, notifies the people whose move it now is, as the action's row in {@code
 * CaseActions} names them ({@link NextActor}). The person who acted is never told about their own
 * action.
 */
@ApplicationScoped
public class WhoMustAct {
  @Inject NotificationSender notify;

  public void tell(CaseFile caseFile, ActionDefinition action, String actor) {
    List<String> arguments = List.of(caseFile.getTrackingNumber(), caseFile.getTitle());
    String key = "notice.action." + action.action().name();
    switch (action.next()) {
      case LEAD_UNIT -> toUnit(caseFile.getLeadUnit(), actor, key, arguments, caseFile);
      case LEAD_AND_ASSISTING_UNITS -> {
        toUnit(caseFile.getLeadUnit(), actor, key, arguments, caseFile);
        for (Unit assisting : caseFile.getAssistingUnits()) {
          toUnit(assisting, actor, "notice.action.ASSIST", arguments, caseFile);
        }
      }
      case TRIAGE_OFFICERS ->
          notify.toRole(Role.TRIAGE_OFFICER, null, actor, key, arguments, caseFile.getId());
      case TRIAGE_OFFICERS_AND_SUPERVISORS -> {
        notify.toRole(Role.TRIAGE_OFFICER, null, actor, key, arguments, caseFile.getId());
        notify.toRole(Role.SUPERVISOR, null, actor, key, arguments, caseFile.getId());
      }
      case NOBODY -> {
        // nobody else must act on the case now
      }
    }
  }

  private void toUnit(
      Unit unit, String actor, String key, List<String> arguments, CaseFile caseFile) {
    if (unit != null) {
      notify.toRole(Role.UNIT_HANDLER, unit.getId(), actor, key, arguments, caseFile.getId());
    }
  }
}
