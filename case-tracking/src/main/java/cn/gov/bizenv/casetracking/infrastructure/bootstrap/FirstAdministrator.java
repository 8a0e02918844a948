package cn.gov.bizenv.casetracking.infrastructure.bootstrap;

import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.account.Account;
import cn.gov.bizenv.casetracking.domain.model.account.AccountRepository;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Production has no default password: the first administrator is created only when the operator
 * supplies {@code PORTAL_ADMIN_INITIAL_PASSWORD} and no administrator exists yet.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class FirstAdministrator {
  static final int MIN_PASSWORD_LENGTH = 12;
  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject
  @ConfigProperty(name = "portal.admin.initial-password")
  Optional<String> initialPassword;

  @Inject AccountRepository accounts;
  @Inject UnitRepository units;
  @Inject Pbkdf2PasswordHash passwordHash;
  @Inject PortalClock clock;

  @PostConstruct
  void ensureAdministrator() {
    if (accounts.anyWithRole(Role.ADMINISTRATOR)) {
      return;
    }
    String password = initialPassword.map(String::strip).orElse("");
    if (password.length() < MIN_PASSWORD_LENGTH) {
      LOG.warning(
          "no administrator account exists: set PORTAL_ADMIN_INITIAL_PASSWORD (at least "
              + MIN_PASSWORD_LENGTH
              + " characters) and restart to create the account 'admin'");
      return;
    }
    Unit office =
        units.allActive().stream()
            .filter(unit -> unit.getKind() == UnitKind.LEADING_GROUP_OFFICE)
            .findFirst()
            .orElseGet(
                () -> {
                  Unit created =
                      new Unit("营商环境领导小组办公室", UnitKind.LEADING_GROUP_OFFICE, clock.now());
                  units.add(created);
                  return created;
                });
    accounts.add(
        new Account(
            "admin",
            "系统管理员",
            passwordHash.generate(password.toCharArray()),
            office,
            EnumSet.of(Role.ADMINISTRATOR)));
    LOG.info("created the first administrator account 'admin'");
  }
}
