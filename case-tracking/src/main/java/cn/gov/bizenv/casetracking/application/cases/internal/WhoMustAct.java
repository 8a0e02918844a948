package cn.gov.bizenv.casetracking.application.cases.internal;

import cn.gov.bizenv.casetracking.application.notifications.internal.NotificationSender;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * After an action, rings the bells of the people whose move it now is: the lead unit when a case is
 * dispatched, sent back or reopened; the assisting units when they are added; the office when a
 * unit returns a case, asks for more time or submits its reply; the lead unit when its extension
 * request is decided. The person who acted is never told about their own action.
 */
@ApplicationScoped
public class WhoMustAct {
  @Inject NotificationSender notify;

  public void tell(CaseFile caseFile, CaseAction action, String actor) {
    List<String> arguments = List.of(caseFile.getTrackingNumber(), caseFile.getTitle());
    String key = "notice.action." + action.name();
    switch (action) {
      case DISPATCH -> {
        toUnit(caseFile.getLeadUnit(), actor, key, arguments, caseFile);
        for (Unit assisting : caseFile.getAssistingUnits()) {
          toUnit(assisting, actor, "notice.action.ASSIST", arguments, caseFile);
        }
      }
      case SEND_REPLY_BACK, REOPEN, APPROVE_EXTENSION, REFUSE_EXTENSION ->
          toUnit(caseFile.getLeadUnit(), actor, key, arguments, caseFile);
      case RETURN_TO_TRIAGE, SUBMIT_REPLY ->
          notify.toRole(Role.TRIAGE_OFFICER, null, actor, key, arguments, caseFile.getId());
      case REQUEST_EXTENSION -> {
        notify.toRole(Role.TRIAGE_OFFICER, null, actor, key, arguments, caseFile.getId());
        notify.toRole(Role.SUPERVISOR, null, actor, key, arguments, caseFile.getId());
      }
      default -> {
        // the others change nothing anyone else must act on now
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
