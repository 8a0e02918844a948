package cn.gov.bizenv.portal.web.shell;

import cn.gov.bizenv.casetracking.application.directory.AccountDirectory;
import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** The signed-in person, for the header, the menu and the home page. */
@Named
@RequestScoped
public class CurrentUser {
  @Inject SecurityContext security;
  @Inject AccountDirectory accounts;
  private CallerProfile profile;

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  public CallerProfile getProfile() {
    if (profile == null && isSignedIn()) {
      profile = accounts.currentCaller();
    }
    return profile;
  }

  public boolean is(String role) {
    return security.isCallerInRole(Role.valueOf(role).name());
  }

  public boolean isTriageOfficer() {
    return is(Role.Names.TRIAGE_OFFICER);
  }

  public boolean isUnitHandler() {
    return is(Role.Names.UNIT_HANDLER);
  }

  public boolean isSupervisor() {
    return is(Role.Names.SUPERVISOR);
  }

  public boolean isChiefServiceOfficer() {
    return is(Role.Names.CHIEF_SERVICE_OFFICER);
  }

  public boolean isLeader() {
    return is(Role.Names.LEADER);
  }

  public boolean isAdministrator() {
    return is(Role.Names.ADMINISTRATOR);
  }

  /** Whether the case list is open to this person. */
  public boolean isCaseReader() {
    return isTriageOfficer() || isUnitHandler() || isSupervisor() || isLeader();
  }

  /**
   * Whether firms, policies and deliveries are open to this person (officers see their own firms).
   */
  public boolean isFirmReader() {
    return isChiefServiceOfficer() || isLeader() || isAdministrator();
  }
}
