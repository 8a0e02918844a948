package cn.gov.bizenv.casetracking.application.notifications.internal;

import cn.gov.bizenv.casetracking.application.notifications.AccountNotifications;
import cn.gov.bizenv.casetracking.domain.model.account.AccountRepository;
import cn.gov.bizenv.casetracking.domain.model.account.AccountSummary;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Notifications sent by other modules. Their reminders run from the platform's timer without a
 * caller, hence {@code @PermitAll}; it is a local bean with no web or remote entry point.
 */
@Stateless
@PermitAll
public class AccountNotificationService implements AccountNotifications {
  @Inject AccountRepository accounts;
  @Inject UnitRepository units;
  @Inject NotificationSender notify;

  @Override
  public void notifyAccount(long accountId, String messageKey, List<String> arguments) {
    account(accountId)
        .ifPresent(account -> notify.toAccount(account.username(), messageKey, arguments, null));
  }

  @Override
  public void notifyLeadersOf(long accountId, String messageKey, List<String> arguments) {
    Optional<AccountSummary> account = account(accountId);
    if (account.isEmpty()) {
      return;
    }
    List<String> leaders = accounts.usernamesWithRole(Role.LEADER, account.get().unitId());
    if (leaders.isEmpty()) {
      leaders = new ArrayList<>();
      for (Unit unit : units.allActive()) {
        if (unit.getKind() == UnitKind.LEADING_GROUP_OFFICE) {
          leaders.addAll(accounts.usernamesWithRole(Role.LEADER, unit.getId()));
        }
      }
    }
    List<String> withName = new ArrayList<>(arguments);
    withName.add(account.get().displayName());
    for (String leader : leaders) {
      notify.toAccount(leader, messageKey, withName, null);
    }
  }

  private Optional<AccountSummary> account(long id) {
    return accounts.summaries(List.of(id)).stream().filter(AccountSummary::active).findFirst();
  }
}
