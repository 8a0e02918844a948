package cn.gov.bizenv.portal.web.security;

import cn.gov.bizenv.casetracking.application.AccountDirectory;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/** Checks credentials against the accounts in the database; the caller's groups are their roles. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {
  @Inject AccountDirectory accounts;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return accounts
        .verifyPassword(credential.getCaller(), credential.getPasswordAsString())
        .map(
            caller ->
                new CredentialValidationResult(
                    caller.username(),
                    caller.roles().stream().map(Role::name).collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
