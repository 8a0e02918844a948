package cn.gov.bizenv.portal.web.security;

import cn.gov.bizenv.casetracking.application.directory.AccountChanged;
import cn.gov.bizenv.casetracking.application.directory.AccountDirectory;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.util.stream.Collectors;

/**
 * Checks credentials against the accounts in the database; the caller's groups are their roles.
 * Successful checks are remembered briefly (see {@link RecentlyVerified}); failures never are.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {
  @Inject AccountDirectory accounts;
  private final RecentlyVerified recentlyVerified = new RecentlyVerified(Clock.systemUTC());

  /** Whether these credentials were verified within the last minute (no database needed). */
  public boolean remembers(UsernamePasswordCredential credential) {
    return recentlyVerified
        .find(credential.getCaller(), credential.getPasswordAsString())
        .isPresent();
  }

  /** A changed role, password or state counts from the next request, not after the TTL. */
  void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountChanged changed) {
    recentlyVerified.forget(changed.username());
  }

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String username = credential.getCaller();
    String password = credential.getPasswordAsString();
    var remembered = recentlyVerified.find(username, password);
    if (remembered.isPresent()) {
      return new CredentialValidationResult(remembered.get().name(), remembered.get().groups());
    }
    return accounts
        .verifyPassword(username, password)
        .map(
            caller -> {
              var groups = caller.roles().stream().map(Role::name).collect(Collectors.toSet());
              recentlyVerified.remember(username, password, caller.username(), groups);
              return new CredentialValidationResult(caller.username(), groups);
            })
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
