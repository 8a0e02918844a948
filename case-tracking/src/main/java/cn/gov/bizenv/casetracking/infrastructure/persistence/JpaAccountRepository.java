package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.account.Account;
import cn.gov.bizenv.casetracking.domain.model.account.AccountCriteria;
import cn.gov.bizenv.casetracking.domain.model.account.AccountRepository;
import cn.gov.bizenv.casetracking.domain.model.account.AccountSummary;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.casetracking.platform.persistence.SortOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

  private static final SortOrder<Account> SORT =
      new SortOrder<>(
          Map.of(
              "username", root -> root.get("username"),
              "displayName", root -> root.get("displayName"),
              "active", root -> root.get("active")),
          "username",
          true);

  @Override
  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  @Override
  public List<Account> find(AccountCriteria criteria, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Account> query = cb.createQuery(Account.class);
    Root<Account> root = query.from(Account.class);
    query.where(predicates(criteria, cb, query, root)).orderBy(SORT.of(page, cb, root));
    return em.createQuery(query)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public long count(AccountCriteria criteria) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Account> root = query.from(Account.class);
    query.select(cb.count(root)).where(predicates(criteria, cb, query, root));
    return em.createQuery(query).getSingleResult();
  }

  @Override
  public long countAbleToSignInWithRole(Role role) {
    return em.createQuery(
            "select count(a) from Account a where a.active = true and a.unit.active = true and"
                + " exists (select r from Account b join b.roles r where b = a and r = :role)",
            Long.class)
        .setParameter("role", role)
        .getSingleResult();
  }

  @Override
  public void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw ConflictException.staleVersion();
    }
  }

  private static Predicate[] predicates(
      AccountCriteria criteria, CriteriaBuilder cb, CriteriaQuery<?> query, Root<Account> root) {
    List<Predicate> where = new ArrayList<>();
    if (criteria.text() != null && !criteria.text().isBlank()) {
      String pattern = SortOrder.containsPattern(criteria.text());
      where.add(
          cb.or(
              cb.like(cb.lower(root.get("username")), pattern, '\\'),
              cb.like(cb.lower(root.get("displayName")), pattern, '\\')));
    }
    if (criteria.unitId() != null) {
      where.add(cb.equal(root.get("unit").get("id"), criteria.unitId()));
    }
    if (criteria.role() != null) {
      Subquery<Long> holder = query.subquery(Long.class);
      Root<Account> other = holder.from(Account.class);
      holder
          .select(other.get("id"))
          .where(cb.equal(other, root), cb.equal(other.join("roles"), criteria.role()));
      where.add(cb.exists(holder));
    }
    if (criteria.active() != null) {
      where.add(cb.equal(root.get("active"), criteria.active()));
    }
    return where.toArray(Predicate[]::new);
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
