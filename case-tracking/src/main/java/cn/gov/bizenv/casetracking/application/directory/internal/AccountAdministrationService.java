package cn.gov.bizenv.casetracking.application.directory.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.ADMINISTRATOR;

import cn.gov.bizenv.casetracking.application.audit.AuditLog;
import cn.gov.bizenv.casetracking.application.directory.AccountAdministration;
import cn.gov.bizenv.casetracking.application.directory.AccountChange;
import cn.gov.bizenv.casetracking.application.directory.AccountChanged;
import cn.gov.bizenv.casetracking.application.directory.AccountView;
import cn.gov.bizenv.casetracking.application.directory.NewAccount;
import cn.gov.bizenv.casetracking.application.directory.PasswordReset;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.domain.model.account.Account;
import cn.gov.bizenv.casetracking.domain.model.account.AccountCriteria;
import cn.gov.bizenv.casetracking.domain.model.account.AccountRepository;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.audit.AuditEventType;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitRepository;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Accounts are managed by administrators only; every change leaves an audit entry. */
@Stateless
@RolesAllowed(ADMINISTRATOR)
public class AccountAdministrationService implements AccountAdministration {
  @Inject AccountRepository accounts;
  @Inject UnitRepository units;
  @Inject InputValidation validation;
  @Inject Pbkdf2PasswordHash passwordHash;
  @Inject Callers callers;
  @Inject AuditLog audit;
  @Inject RecentCallers recentCallers;
  @Inject Event<AccountChanged> changed;
  @Resource TransactionSynchronizationRegistry transactions;

  @Override
  public Page<AccountView> find(AccountCriteria criteria, PageRequest page) {
    AccountCriteria effective = criteria == null ? AccountCriteria.any() : criteria;
    return new Page<>(accounts.find(effective, page), accounts.count(effective))
        .map(AccountAdministrationService::view);
  }

  @Override
  public AccountView get(long id) {
    return view(load(id));
  }

  @Override
  public AccountView create(NewAccount command) {
    validation.check(command);
    String username = command.username().strip();
    if (accounts.findByUsername(username).isPresent()) {
      throw new ConflictException("account.username.taken", username);
    }
    Unit unit = activeUnit(command.unitId());
    Account account =
        new Account(
            username,
            command.displayName().strip(),
            passwordHash.generate(command.password().toCharArray()),
            unit,
            EnumSet.copyOf(command.roles()));
    accounts.add(account);
    accounts.flush();
    audit.record(
        AuditEventType.ACCOUNT_CHANGED,
        subject(account),
        "created; unit " + unit.getName() + "; roles " + names(account.getRoles()));
    return view(account);
  }

  @Override
  public AccountView change(long id, AccountChange command) {
    validation.check(command);
    Account account = loadForChange(id, command.version());
    Set<Role> roles = EnumSet.copyOf(command.roles());
    if (account.hasRole(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR)) {
      refuseToRemoveAnAdministrator(account, "account.self.adminRole");
    }
    Unit unit =
        account.getUnit().getId().equals(command.unitId())
            ? account.getUnit()
            : activeUnit(command.unitId());
    List<String> changes = new ArrayList<>();
    if (!account.getDisplayName().equals(command.displayName().strip())) {
      changes.add("name " + account.getDisplayName() + " → " + command.displayName().strip());
      account.rename(command.displayName().strip());
    }
    if (unit != account.getUnit()) {
      changes.add("unit " + account.getUnit().getName() + " → " + unit.getName());
      account.moveTo(unit);
    }
    if (!roles.equals(account.getRoles())) {
      changes.add("roles " + names(account.getRoles()) + " → " + names(roles));
      account.assignRoles(roles);
    }
    if (changes.isEmpty()) {
      return view(account);
    }
    return saved(account, String.join("; ", changes));
  }

  @Override
  public AccountView resetPassword(long id, PasswordReset command) {
    validation.check(command);
    Account account = loadForChange(id, command.version());
    if (command.password().toLowerCase().contains(account.getUsername())) {
      throw InputValidation.invalid("password", "account.password.containsUsername");
    }
    account.changePasswordHash(passwordHash.generate(command.password().toCharArray()));
    return saved(account, "password reset");
  }

  @Override
  public AccountView deactivate(long id, long version) {
    Account account = loadForChange(id, version);
    if (!account.isActive()) {
      return view(account);
    }
    refuseToRemoveAnAdministrator(account, "account.self.deactivate");
    account.deactivate();
    return saved(account, "deactivated");
  }

  @Override
  public AccountView reactivate(long id, long version) {
    Account account = loadForChange(id, version);
    if (account.isActive()) {
      return view(account);
    }
    account.reactivate();
    return saved(account, "reactivated");
  }

  /**
   * An administrator may not take away their own administration (they could not undo it), nor the
   * last administration anyone can sign in with.
   */
  private void refuseToRemoveAnAdministrator(Account account, String selfRule) {
    if (account.getUsername().equals(callers.current().username())) {
      throw new RuleViolationException(selfRule);
    }
    if (account.hasRole(Role.ADMINISTRATOR)
        && account.canSignIn()
        && accounts.countAbleToSignInWithRole(Role.ADMINISTRATOR) <= 1) {
      throw new RuleViolationException("account.lastAdministrator");
    }
  }

  private AccountView saved(Account account, String detail) {
    accounts.flush();
    audit.record(AuditEventType.ACCOUNT_CHANGED, subject(account), detail);
    // A signed-in person's profile names their unit and roles: forget the cached profiles once
    // the change is committed.
    transactions.registerInterposedSynchronization(recentCallers.forgetAllAfterCompletion());
    changed.fire(new AccountChanged(account.getUsername()));
    return view(account);
  }

  private Unit activeUnit(Long unitId) {
    return units
        .find(unitId)
        .filter(Unit::isActive)
        .orElseThrow(() -> InputValidation.invalid("unitId", "account.unit.unknown"));
  }

  private Account loadForChange(long id, long version) {
    Account account = load(id);
    if (account.getVersion() != version) {
      throw ConflictException.staleVersion();
    }
    return account;
  }

  private Account load(long id) {
    return accounts.find(id).orElseThrow(() -> new NotFoundException("account", id));
  }

  private static String subject(Account account) {
    return "account " + account.getUsername();
  }

  private static String names(Set<Role> roles) {
    return String.join(",", new TreeSet<>(roles.stream().map(Role::name).toList()));
  }

  static AccountView view(Account account) {
    return new AccountView(
        account.getId(),
        account.getUsername(),
        account.getDisplayName(),
        account.getUnit().getId(),
        account.getUnit().getName(),
        account.getRoles(),
        account.isActive(),
        account.getVersion());
  }
}
