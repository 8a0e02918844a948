package cn.gov.bizenv.casetracking.application.notifications.internal;

import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.account.AccountRepository;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.notification.Notification;
import cn.gov.bizenv.casetracking.domain.model.notification.NotificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Puts a message in the bells of the people who must act, in the caller's transaction: if the
 * action fails, nobody is told about it.
 */
@ApplicationScoped
public class NotificationSender {
  @Inject NotificationRepository notifications;
  @Inject AccountRepository accounts;
  @Inject PortalClock clock;

  /** To every active account with the role (of one unit when given), except the one who acted. */
  public void toRole(
      Role role,
      Long unitId,
      String except,
      String messageKey,
      List<String> arguments,
      Long caseId) {
    for (String username : accounts.usernamesWithRole(role, unitId)) {
      if (!username.equals(except)) {
        toAccount(username, messageKey, arguments, caseId);
      }
    }
  }

  public void toAccount(String username, String messageKey, List<String> arguments, Long caseId) {
    notifications.add(new Notification(username, messageKey, arguments, caseId, clock.now()));
  }
}
