package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.account.Account;
import cn.gov.bizenv.casetracking.domain.model.account.AccountRepository;
import cn.gov.bizenv.casetracking.domain.model.account.AccountSummary;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Accounts in the relational database. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {
  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Override
  public Optional<Account> findByUsername(String username) {
    return em.createQuery("select a from Account a where a.username = :username", Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Account account) {
    em.persist(account);
  }

  @Override
  public java.util.List<String> usernamesWithRole(Role role, Long unitId) {
    String jpql =
        "select a.username from Account a join a.roles r where r = :role and a.active = true";
    var query =
        em.createQuery(
                jpql + (unitId == null ? "" : " and a.unit.id = :unitId") + " order by a.username",
                String.class)
            .setParameter("role", role);
    return (unitId == null ? query : query.setParameter("unitId", unitId)).getResultList();
  }

  @Override
  public boolean anyWithRole(Role role) {
    return !em.createQuery("select a.id from Account a join a.roles r where r = :role", Long.class)
        .setParameter("role", role)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private static final String SUMMARY =
      "select a.id, a.username, a.displayName, u.id, u.name, a.active, u.active from Account a"
          + " join a.unit u ";

  @Override
  public List<AccountSummary> summariesWithRole(Role role) {
    return em
        .createQuery(
            SUMMARY
                + "where exists (select r from Account b join b.roles r where b = a and r = :role)"
                + " order by a.displayName, a.id",
            Object[].class)
        .setParameter("role", role)
        .getResultList()
        .stream()
        .map(JpaAccountRepository::summary)
        .toList();
  }

  @Override
  public List<AccountSummary> summariesByUsername(Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(SUMMARY + "where a.username in :usernames", Object[].class)
        .setParameter("usernames", List.copyOf(usernames))
        .getResultList()
        .stream()
        .map(JpaAccountRepository::summary)
        .toList();
  }

  @Override
  public List<AccountSummary> summaries(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(SUMMARY + "where a.id in :ids", Object[].class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList()
        .stream()
        .map(JpaAccountRepository::summary)
        .toList();
  }

  private static AccountSummary summary(Object[] row) {
    return new AccountSummary(
        (Long) row[0],
        (String) row[1],
        (String) row[2],
        (Long) row[3],
        (String) row[4],
        (Boolean) row[5] && (Boolean) row[6]);
  }
}
