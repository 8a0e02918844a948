package cn.gov.bizenv.casetracking.application.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The chief service officers among the accounts, for assignments, imports and names in lists. */
public interface OfficerDirectory {
  /** Every account holding the chief service officer role, active or not, by name. */
  List<OfficerView> officers();

  /** The accounts with the given ids, for the names of current and past officers. */
  List<OfficerView> officers(Collection<Long> accountIds);

  /** The officer with this username, if the account exists and holds the role. */
  Optional<OfficerView> byUsername(String username);
}
