package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitCriteria;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitRepository;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Units in the relational database. */
@ApplicationScoped
public class JpaUnitRepository implements UnitRepository {
  private static final SortOrder<Unit> SORT =
      new SortOrder<>(
          Map.of(
              "name", root -> root.get("name"),
              "kind", root -> root.get("kind"),
              "active", root -> root.get("active"),
              "createdAt", root -> root.get("createdAt")),
          "name",
          true);

  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Override
  public Optional<Unit> find(long id) {
    return Optional.ofNullable(em.find(Unit.class, id));
  }

  @Override
  public Optional<Unit> findByName(String name) {
    return em.createQuery("select u from Unit u where u.name = :name", Unit.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Unit unit) {
    em.persist(unit);
    em.flush();
  }

  @Override
  public List<Unit> find(UnitCriteria criteria, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Unit> query = cb.createQuery(Unit.class);
    Root<Unit> root = query.from(Unit.class);
    query.where(predicates(criteria, cb, root)).orderBy(SORT.of(page, cb, root));
    return em.createQuery(query)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public long count(UnitCriteria criteria) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Unit> root = query.from(Unit.class);
    query.select(cb.count(root)).where(predicates(criteria, cb, root));
    return em.createQuery(query).getSingleResult();
  }

  @Override
  public List<Unit> allActive() {
    return em.createQuery(
            "select u from Unit u where u.active = true order by u.kind, u.name", Unit.class)
        .getResultList();
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
      UnitCriteria criteria, CriteriaBuilder cb, Root<Unit> root) {
    List<Predicate> where = new ArrayList<>();
    if (criteria.nameContains() != null && !criteria.nameContains().isBlank()) {
      where.add(
          cb.like(
              cb.lower(root.get("name")),
              SortOrder.containsPattern(criteria.nameContains()),
              '\\'));
    }
    if (criteria.kind() != null) {
      where.add(cb.equal(root.get("kind"), criteria.kind()));
    }
    if (criteria.active() != null) {
      where.add(cb.equal(root.get("active"), criteria.active()));
    }
    return where.toArray(Predicate[]::new);
  }
}
