package cn.gov.bizenv.casetracking.application.directory.internal;

import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.domain.model.account.Account;
import cn.gov.bizenv.casetracking.domain.model.account.AccountRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Turns the container's caller principal into the caller's account, unit and roles; profiles are
 * kept briefly by {@link RecentCallers}.
 */
@Stateless
@PermitAll
public class CallerService implements Callers {
  @Resource SessionContext context;
  @Inject AccountRepository accounts;
  @Inject RecentCallers recent;

  @Override
  public CallerProfile current() {
    String name =
        context.getCallerPrincipal() == null ? "" : context.getCallerPrincipal().getName();
    Optional<CallerProfile> remembered = recent.find(name);
    if (remembered.isPresent()) {
      return remembered.get();
    }
    CallerProfile profile =
        accounts
            .findByUsername(name)
            .filter(Account::canSignIn)
            .map(CallerService::profileOf)
            .orElseThrow(() -> new EJBAccessException("no signed-in account"));
    recent.remember(profile);
    return profile;
  }

  static CallerProfile profileOf(Account account) {
    return new CallerProfile(
        account.getUsername(),
        account.getDisplayName(),
        account.getUnit().getId(),
        account.getUnit().getName(),
        account.getRoles());
  }
}
