package cn.gov.bizenv.portal.web.accounts;

import cn.gov.bizenv.casetracking.application.directory.AccountAdministration;
import cn.gov.bizenv.casetracking.application.directory.AccountChange;
import cn.gov.bizenv.casetracking.application.directory.AccountView;
import cn.gov.bizenv.casetracking.application.directory.NewAccount;
import cn.gov.bizenv.casetracking.application.directory.PasswordReset;
import cn.gov.bizenv.casetracking.application.directory.UnitDirectory;
import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.casetracking.domain.model.account.AccountCriteria;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.primefaces.PrimeFaces;

/**
 * The administrator's account register: a filtered, paged list; create, edit (name, unit, roles),
 * reset the password, deactivate and reactivate. A refused field keeps the rest of the input.
 */
@Named
@ViewScoped
public class ManageAccounts implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AccountAdministration accounts;
  @Inject transient UnitDirectory units;
  @Inject transient FacesErrors errors;

  private PagedModel<AccountView> model;
  private String textFilter;
  private Long unitFilter;
  private Role roleFilter;
  private Boolean activeFilter;

  private String username;
  private String displayName;
  private Long unitId;
  // An array, so that the checkboxes convert to Role: a List would reach the bean as strings.
  private Role[] roles = new Role[0];
  private String password;

  private Long editingId;
  private long editingVersion;
  private String editingUsername;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            page ->
                accounts.find(
                    new AccountCriteria(textFilter, unitFilter, roleFilter, activeFilter), page),
            AccountView::id);
  }

  public Role[] getRoleChoices() {
    return Role.values();
  }

  public List<UnitView> getUnitChoices() {
    return units.activeUnits();
  }

  public void startCreate() {
    editingId = null;
    username = null;
    displayName = null;
    unitId = null;
    roles = new Role[0];
    password = null;
  }

  /** Saves the dialog: a new account, or the changes to the one being edited. */
  public void submit() {
    if (isEditing()) {
      save();
    } else {
      create();
    }
  }

  public void create() {
    try {
      AccountView created =
          accounts.create(new NewAccount(username, displayName, unitId, roleSet(), password));
      password = null;
      errors.info("account.created", created.username());
      PrimeFaces.current().executeScript("PF('accountDialog').hide()");
    } catch (DomainException problem) {
      errors.show(problem, "accountForm");
    }
  }

  public void startEdit(AccountView account) {
    editingId = account.id();
    editingVersion = account.version();
    editingUsername = account.username();
    displayName = account.displayName();
    unitId = account.unitId();
    roles = account.roles().toArray(Role[]::new);
    password = null;
  }

  public void save() {
    try {
      AccountView saved =
          accounts.change(
              editingId, new AccountChange(displayName, unitId, roleSet(), editingVersion));
      editingVersion = saved.version();
      errors.info("account.changed", saved.username());
      PrimeFaces.current().executeScript("PF('accountDialog').hide()");
    } catch (DomainException problem) {
      errors.show(problem, "accountForm");
    }
  }

  public void startPasswordReset(AccountView account) {
    editingId = account.id();
    editingVersion = account.version();
    editingUsername = account.username();
    password = null;
  }

  public void resetPassword() {
    try {
      AccountView saved =
          accounts.resetPassword(editingId, new PasswordReset(password, editingVersion));
      password = null;
      errors.info("account.passwordReset", saved.username());
      PrimeFaces.current().executeScript("PF('passwordDialog').hide()");
    } catch (DomainException problem) {
      errors.show(problem, "passwordForm");
    }
  }

  public void deactivate(AccountView account) {
    try {
      accounts.deactivate(account.id(), account.version());
      errors.info("account.deactivated", account.username());
    } catch (DomainException problem) {
      errors.show(problem, "accountsForm");
    }
  }

  public void reactivate(AccountView account) {
    try {
      accounts.reactivate(account.id(), account.version());
      errors.info("account.reactivated", account.username());
    } catch (DomainException problem) {
      errors.show(problem, "accountsForm");
    }
  }

  private Set<Role> roleSet() {
    return roles == null || roles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(roles));
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public PagedModel<AccountView> getModel() {
    return model;
  }

  public String getTextFilter() {
    return textFilter;
  }

  public void setTextFilter(String textFilter) {
    this.textFilter = textFilter;
  }

  public Long getUnitFilter() {
    return unitFilter;
  }

  public void setUnitFilter(Long unitFilter) {
    this.unitFilter = unitFilter;
  }

  public Role getRoleFilter() {
    return roleFilter;
  }

  public void setRoleFilter(Role roleFilter) {
    this.roleFilter = roleFilter;
  }

  public Boolean getActiveFilter() {
    return activeFilter;
  }

  public void setActiveFilter(Boolean activeFilter) {
    this.activeFilter = activeFilter;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public Role[] getRoles() {
    return roles;
  }

  public void setRoles(Role[] roles) {
    this.roles = roles;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getEditingUsername() {
    return editingUsername;
  }
}
