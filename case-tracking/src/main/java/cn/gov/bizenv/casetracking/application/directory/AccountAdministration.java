package cn.gov.bizenv.casetracking.application.directory;

import cn.gov.bizenv.casetracking.domain.model.account.AccountCriteria;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;

/**
 * The administrator's register of accounts: who may sign in, in which unit and with which roles.
 * Every change is written to the audit log; the last administrator who can sign in cannot be
 * removed, and an administrator cannot lock themself out.
 */
public interface AccountAdministration {
  Page<AccountView> find(AccountCriteria criteria, PageRequest page);

  AccountView get(long id);

  AccountView create(NewAccount command);

  /** Changes the name, the unit and the roles; takes effect at the person's next sign-in. */
  AccountView change(long id, AccountChange command);

  /** Sets a password the administrator hands to the person. */
  AccountView resetPassword(long id, PasswordReset command);

  /** A deactivated account cannot sign in; its name stays on everything it did. */
  AccountView deactivate(long id, long version);

  AccountView reactivate(long id, long version);
}
