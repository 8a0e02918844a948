package cn.gov.bizenv.chiefservice.application.internal;

import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.domain.model.account.Role;

/**
 * Who is asking, as chief service scopes it: leaders and administrators see every firm; anyone else
 * sees the firms they serve as officer, which is none for a person who is not an officer.
 *
 * @param officerId the caller's account id when they are a chief service officer
 */
public record ScopedCaller(CallerProfile profile, Long officerId) {
  public boolean seesAll() {
    return profile.hasRole(Role.LEADER) || profile.hasRole(Role.ADMINISTRATOR);
  }

  /** Whether the firm served by the given officer is within the caller's scope. */
  public boolean sees(Long firmOfficerId) {
    return seesAll() || (officerId != null && officerId.equals(firmOfficerId));
  }

  /** The officer id to restrict lists to: the caller's, or -1 (nobody) for a non-officer. */
  public long scopeOfficerId() {
    return officerId == null ? -1L : officerId;
  }

  public String username() {
    return profile.username();
  }
}
