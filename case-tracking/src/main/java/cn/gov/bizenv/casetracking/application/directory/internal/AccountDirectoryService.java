package cn.gov.bizenv.casetracking.application.directory.internal;

import cn.gov.bizenv.casetracking.application.directory.AccountDirectory;
import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.domain.model.account.Account;
import cn.gov.bizenv.casetracking.domain.model.account.AccountRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Optional;

/**
 * Verifies passwords against their PBKDF2 hashes. Open to anonymous callers because signing in is
 * what makes a caller known.
 */
@Stateless
@PermitAll
public class AccountDirectoryService implements AccountDirectory {
  @Inject AccountRepository accounts;
  @Inject Pbkdf2PasswordHash passwordHash;
  @Inject Callers callers;

  @Override
  public Optional<CallerProfile> verifyPassword(String username, String password) {
    if (username == null || password == null || username.isBlank()) {
      return Optional.empty();
    }
    Optional<Account> account = accounts.findByUsername(username.strip());
    if (account.isEmpty()) {
      // Hash anyway so that a missing account takes as long to refuse as a wrong password.
      passwordHash.generate(password.toCharArray());
      return Optional.empty();
    }
    return account
        .filter(found -> passwordHash.verify(password.toCharArray(), found.getPasswordHash()))
        .filter(Account::canSignIn)
        .map(CallerService::profileOf);
  }

  @Override
  public CallerProfile currentCaller() {
    return callers.current();
  }
}
