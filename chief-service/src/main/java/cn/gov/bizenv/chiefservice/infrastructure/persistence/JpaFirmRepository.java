package cn.gov.bizenv.chiefservice.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.casetracking.platform.persistence.SortOrder;
import cn.gov.bizenv.chiefservice.domain.model.firm.Firm;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmCriteria;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmOfficer;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmRepository;
import cn.gov.bizenv.chiefservice.domain.model.firm.Industry;
import cn.gov.bizenv.chiefservice.domain.model.policy.PolicyTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Firms in the relational database. Lists, counts, policy matching and officers' loads are single
 * SQL statements over indexed columns, so that they stay fast with a hundred thousand firms.
 */
@ApplicationScoped
public class JpaFirmRepository implements FirmRepository {
  private static final SortOrder<Firm> SORT =
      new SortOrder<>(
          Map.of(
              "name", root -> root.get("name"),
              "creditCode", root -> root.get("creditCode"),
              "size", root -> root.get("size"),
              "keyProject", root -> root.get("keyProject"),
              "lastVisitOn", root -> root.get("lastVisitOn"),
              "nextVisitDue", root -> root.get("nextVisitDue"),
              "createdAt", root -> root.get("createdAt")),
          "name",
          true);

  @PersistenceContext(unitName = "chiefservice")
  EntityManager em;

  @Override
  public Optional<Firm> find(long id) {
    return Optional.ofNullable(em.find(Firm.class, id));
  }

  @Override
  public Optional<Firm> findByCreditCode(String creditCode) {
    return em.createQuery("select f from Firm f where f.creditCode = :code", Firm.class)
        .setParameter("code", creditCode)
        .getResultStream()
        .findFirst();
  }

  // Written at once: assignments and visits refer to the firm by id only, so EclipseLink cannot
  // know to insert the firm before them.
  @Override
  public void add(Firm firm) {
    em.persist(firm);
    em.flush();
  }

  @Override
  public Firm reference(long id) {
    return em.getReference(Firm.class, id);
  }

  @Override
  public List<Firm> find(FirmCriteria criteria, PageRequest page) {
    return page(page, (query, root) -> predicates(criteria, query, root));
  }

  @Override
  public long count(FirmCriteria criteria) {
    return count((query, root) -> predicates(criteria, query, root));
  }

  @Override
  public Map<Long, Set<String>> tagsOf(Collection<Long> firmIds) {
    Map<Long, Set<String>> tags = new HashMap<>();
    if (!firmIds.isEmpty()) {
      em.createQuery("select f.id, t from Firm f join f.tags t where f.id in :ids", Object[].class)
          .setParameter("ids", firmIds)
          .getResultList()
          .forEach(
              row ->
                  tags.computeIfAbsent((Long) row[0], id -> new TreeSet<>()).add((String) row[1]));
    }
    return tags;
  }

  @Override
  public List<Firm> findMatching(PolicyTarget target, Long officerId, PageRequest page) {
    return page(page, (query, root) -> predicates(target, officerId, query, root));
  }

  @Override
  public long countMatching(PolicyTarget target, Long officerId) {
    return count((query, root) -> predicates(target, officerId, query, root));
  }

  @Override
  public List<FirmOfficer> allMatching(PolicyTarget target) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Tuple> query = cb.createTupleQuery();
    Root<Firm> root = query.from(Firm.class);
    query
        .multiselect(root.get("id"), root.get("officerId"))
        .where(predicates(target, null, query, root))
        .orderBy(cb.asc(root.get("id")));
    return em.createQuery(query).getResultList().stream()
        .map(row -> new FirmOfficer(row.get(0, Long.class), row.get(1, Long.class)))
        .toList();
  }

  @Override
  public Map<Long, long[]> loadsByOfficer(LocalDate today) {
    Map<Long, long[]> loads = new HashMap<>();
    em.createQuery(
            "select f.officerId, count(f), sum(case when f.nextVisitDue < :today then 1 else 0 end)"
                + " from Firm f where f.officerId is not null group by f.officerId",
            Object[].class)
        .setParameter("today", today)
        .getResultList()
        .forEach(
            row ->
                loads.put(
                    (Long) row[0],
                    new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
    return loads;
  }

  @Override
  public List<Industry> industries() {
    return em.createQuery("select i from Industry i order by i.position, i.code", Industry.class)
        .getResultList();
  }

  @Override
  public Optional<Industry> industry(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(em.find(Industry.class, code));
  }

  @Override
  public void flush() {
    em.flush();
  }

  private List<Firm> page(
      PageRequest page, BiFunction<AbstractQuery<?>, Root<Firm>, Predicate[]> where) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Firm> query = cb.createQuery(Firm.class);
    Root<Firm> root = query.from(Firm.class);
    query.where(where.apply(query, root)).orderBy(SORT.of(page, cb, root));
    return em.createQuery(query)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  private long count(BiFunction<AbstractQuery<?>, Root<Firm>, Predicate[]> where) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Firm> root = query.from(Firm.class);
    query.select(cb.count(root)).where(where.apply(query, root));
    return em.createQuery(query).getSingleResult();
  }

  private Predicate[] predicates(FirmCriteria criteria, AbstractQuery<?> query, Root<Firm> root) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    List<Predicate> where = new ArrayList<>();
    if (criteria.text() != null && !criteria.text().isBlank()) {
      String pattern = SortOrder.containsPattern(criteria.text());
      where.add(
          cb.or(
              cb.like(cb.lower(root.get("name")), pattern, '\\'),
              cb.like(cb.lower(root.get("creditCode")), pattern, '\\')));
    }
    if (criteria.industryCode() != null && !criteria.industryCode().isBlank()) {
      where.add(cb.equal(root.get("industryCode"), criteria.industryCode()));
    }
    if (criteria.districtId() != null) {
      where.add(cb.equal(root.get("districtId"), criteria.districtId()));
    }
    if (criteria.size() != null) {
      where.add(cb.equal(root.get("size"), criteria.size()));
    }
    if (criteria.keyProject() != null) {
      where.add(cb.equal(root.get("keyProject"), criteria.keyProject()));
    }
    if (Boolean.TRUE.equals(criteria.withoutOfficer())) {
      where.add(cb.isNull(root.get("officerId")));
    }
    if (criteria.officerId() != null) {
      where.add(cb.equal(root.get("officerId"), criteria.officerId()));
    }
    if (criteria.dueBefore() != null) {
      where.add(cb.lessThan(root.get("nextVisitDue"), criteria.dueBefore()));
    }
    if (criteria.visibleToOfficer() != null) {
      where.add(cb.equal(root.get("officerId"), criteria.visibleToOfficer()));
    }
    return where.toArray(Predicate[]::new);
  }

  // Each criterion the target restricts becomes an IN; tags match if the firm has any one of them.
  private Predicate[] predicates(
      PolicyTarget target, Long officerId, AbstractQuery<?> query, Root<Firm> root) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    List<Predicate> where = new ArrayList<>();
    if (officerId != null) {
      where.add(cb.equal(root.get("officerId"), officerId));
    }
    if (!target.industries().isEmpty()) {
      where.add(root.get("industryCode").in(target.industries()));
    }
    if (!target.sizes().isEmpty()) {
      where.add(root.get("size").in(target.sizes()));
    }
    if (!target.districts().isEmpty()) {
      where.add(root.get("districtId").in(districtIds(target.districts())));
    }
    if (target.requiresKeyProject()) {
      where.add(cb.isTrue(root.get("keyProject")));
    }
    if (!target.tags().isEmpty()) {
      // Correlated on the firm itself, so that the database probes firm_tag by (firm_id, tag)
      // instead of joining a second copy of the firm table.
      Subquery<String> tagged = query.subquery(String.class);
      Join<Firm, String> tag = tagged.correlate(root).join("tags");
      tagged.select(tag).where(tag.in(target.tags()));
      where.add(cb.exists(tagged));
    }
    return where.toArray(Predicate[]::new);
  }

  // Districts are unit ids written as text in the target; anything else matches no firm.
  private static List<Long> districtIds(Set<String> districts) {
    List<Long> ids = new ArrayList<>();
    for (String district : districts) {
      try {
        ids.add(Long.parseLong(district));
      } catch (NumberFormatException notAnId) {
        // a code that is not a unit id cannot match a firm's district
      }
    }
    return ids.isEmpty() ? List.of(-1L) : ids;
  }
}
