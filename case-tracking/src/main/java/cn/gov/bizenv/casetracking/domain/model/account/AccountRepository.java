package cn.gov.bizenv.casetracking.domain.model.account;

import java.util.Optional;

/** Stores accounts. */
public interface AccountRepository {
  Optional<Account> findByUsername(String username);

  void add(Account account);

  boolean anyWithRole(Role role);

  /** Usernames of active accounts with the role, optionally only those of one unit. */
  java.util.List<String> usernamesWithRole(Role role, Long unitId);
}
