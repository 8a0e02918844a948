package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

import cn.gov.bizenv.casetracking.domain.model.account.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Every subset of {@link Role}, for tests of users holding several roles at once. */
final class RoleSets {

  private RoleSets() {}

  static List<Set<Role>> all() {
    Role[] roles = Role.values();
    List<Set<Role>> subsets = new ArrayList<>();
    for (int mask = 0; mask < 1 << roles.length; mask++) {
      Set<Role> subset = EnumSet.noneOf(Role.class);
      for (int i = 0; i < roles.length; i++) {
        if ((mask & 1 << i) != 0) {
          subset.add(roles[i]);
        }
      }
      subsets.add(subset);
    }
    return subsets;
  }
}
