package cn.gov.bizenv.casetracking.application.shared;

import cn.gov.bizenv.casetracking.domain.model.account.Role;
import java.util.Set;

/** Who is signed in, for the header, the menu and scoping. */
public record CallerProfile(
    String username, String displayName, long unitId, String unitName, Set<Role> roles) {
  public CallerProfile {
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
