package cn.gov.bizenv.casetracking.application.directory.internal;

import cn.gov.bizenv.casetracking.application.directory.AccountLook;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.domain.model.account.Account;
import cn.gov.bizenv.casetracking.domain.model.account.AccountRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Reads and keeps the caller's look. Every signed-in person may choose their own; {@link
 * Callers#current()} refuses a caller who is not signed in.
 */
@Stateless
@PermitAll
public class AccountLookService implements AccountLook {
  @Inject AccountRepository accounts;
  @Inject Callers callers;

  @Override
  public boolean seniorLook() {
    return caller().prefersSeniorLook();
  }

  @Override
  public void chooseSeniorLook(boolean senior) {
    caller().chooseSeniorLook(senior);
  }

  private Account caller() {
    String username = callers.current().username();
    return accounts
        .findByUsername(username)
        .orElseThrow(() -> new IllegalStateException("no account " + username));
  }
}
