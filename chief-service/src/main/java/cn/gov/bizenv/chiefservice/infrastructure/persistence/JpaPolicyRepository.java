package cn.gov.bizenv.chiefservice.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.casetracking.platform.persistence.SortOrder;
import cn.gov.bizenv.chiefservice.domain.model.policy.Policy;
import cn.gov.bizenv.chiefservice.domain.model.policy.PolicyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The policy library in the relational database. */
@ApplicationScoped
public class JpaPolicyRepository implements PolicyRepository {
  private static final SortOrder<Policy> SORT =
      new SortOrder<>(
          Map.of(
              "title", root -> root.get("title"),
              "issuer", root -> root.get("issuer"),
              "effectiveOn", root -> root.get("effectiveOn"),
              "expiresOn", root -> root.get("expiresOn"),
              "pushedAt", root -> root.get("pushedAt")),
          "effectiveOn",
          false);

  @PersistenceContext(unitName = "chiefservice")
  EntityManager em;

  @Override
  public Optional<Policy> find(long id) {
    return Optional.ofNullable(em.find(Policy.class, id));
  }

  @Override
  public void add(Policy policy) {
    em.persist(policy);
  }

  @Override
  public List<Policy> find(String text, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Policy> query = cb.createQuery(Policy.class);
    Root<Policy> root = query.from(Policy.class);
    query.where(predicates(text, cb, root)).orderBy(SORT.of(page, cb, root));
    return em.createQuery(query)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public long count(String text) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Policy> root = query.from(Policy.class);
    query.select(cb.count(root)).where(predicates(text, cb, root));
    return em.createQuery(query).getSingleResult();
  }

  @Override
  public List<Policy> inForceOn(LocalDate day) {
    return em.createQuery(
            "select p from Policy p where p.effectiveOn <= :day and (p.expiresOn is null or"
                + " p.expiresOn >= :day) order by p.effectiveOn desc, p.id desc",
            Policy.class)
        .setParameter("day", day)
        .getResultList();
  }

  @Override
  public void flush() {
    em.flush();
  }

  private static Predicate[] predicates(String text, CriteriaBuilder cb, Root<Policy> root) {
    if (text == null || text.isBlank()) {
      return new Predicate[0];
    }
    String pattern = SortOrder.containsPattern(text);
    return new Predicate[] {
      cb.or(
          cb.like(cb.lower(root.get("title")), pattern, '\\'),
          cb.like(cb.lower(root.get("issuer")), pattern, '\\'),
          cb.like(cb.lower(root.get("documentNumber")), pattern, '\\'))
    };
  }
}
