package cn.gov.bizenv.casetracking.application.directory.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.directory.OfficerDirectory;
import cn.gov.bizenv.casetracking.application.directory.OfficerView;
import cn.gov.bizenv.casetracking.domain.model.account.AccountRepository;
import cn.gov.bizenv.casetracking.domain.model.account.AccountSummary;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads chief service officers' accounts for chief service. Open to the roles that work with firms:
 * the officers themselves, leaders, supervisors and administrators.
 */
@Stateless
@RolesAllowed({CHIEF_SERVICE_OFFICER, LEADER, SUPERVISOR, ADMINISTRATOR})
public class OfficerDirectoryService implements OfficerDirectory {
  @Inject AccountRepository accounts;

  @Override
  public List<OfficerView> officers() {
    return accounts.summariesWithRole(Role.CHIEF_SERVICE_OFFICER).stream()
        .map(OfficerDirectoryService::view)
        .toList();
  }

  @Override
  public List<OfficerView> officers(Collection<Long> accountIds) {
    if (accountIds == null || accountIds.isEmpty()) {
      return List.of();
    }
    // Assignments keep their officer's name even after the account lost the role.
    return accounts.summaries(accountIds).stream().map(OfficerDirectoryService::view).toList();
  }

  @Override
  public Optional<OfficerView> byUsername(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    return accounts
        .findByUsername(username.strip())
        .filter(account -> account.hasRole(Role.CHIEF_SERVICE_OFFICER))
        .map(
            account ->
                new OfficerView(
                    account.getId(),
                    account.getUsername(),
                    account.getDisplayName(),
                    account.getUnit().getId(),
                    account.getUnit().getName(),
                    account.canSignIn()));
  }

  private static OfficerView view(AccountSummary account) {
    return new OfficerView(
        account.id(),
        account.username(),
        account.displayName(),
        account.unitId(),
        account.unitName(),
        account.active());
  }
}
