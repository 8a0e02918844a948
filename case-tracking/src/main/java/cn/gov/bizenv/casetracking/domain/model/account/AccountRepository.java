package cn.gov.bizenv.casetracking.domain.model.account;

import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores accounts. */
public interface AccountRepository {
  Optional<Account> findByUsername(String username);

  Optional<Account> find(long id);

  /** A page of the accounts matching the criteria, sorted as the page asks. */
  List<Account> find(AccountCriteria criteria, PageRequest page);

  long count(AccountCriteria criteria);

  /** How many accounts with the role can sign in (they and their unit are active). */
  long countAbleToSignInWithRole(Role role);

  /** Writes pending changes, refusing a change made meanwhile by someone else. */
  void flush();

  void add(Account account);

  boolean anyWithRole(Role role);

  /** Usernames of active accounts with the role, optionally only those of one unit. */
  java.util.List<String> usernamesWithRole(Role role, Long unitId);

  /** Accounts holding the role, active or not, ordered by display name. */
  List<AccountSummary> summariesWithRole(Role role);

  /** The accounts with the given ids that exist. */
  List<AccountSummary> summaries(Collection<Long> ids);

  /** The accounts with the given usernames that exist, active or not. */
  List<AccountSummary> summariesByUsername(Collection<String> usernames);
}
