package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.account.Account;
import cn.gov.bizenv.casetracking.domain.model.account.AccountRepository;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
    String jpql = "select a.username from Account a join a.roles r where r = :role and a.active = true";
    var query =
        em.createQuery(jpql + (unitId == null ? "" : " and a.unit.id = :unitId") + " order by a.username", String.class)
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
}
