package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.application.paging.PageRequest;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseCriteria;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEvent;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cases and their events in the relational database; filters and counts run as SQL. */
@ApplicationScoped
public class JpaCaseFileRepository implements CaseFileRepository {
  private static final SortOrder<CaseFile> SORT =
      new SortOrder<>(
          Map.of(
              "receivedAt", root -> root.get("receivedAt"),
              "trackingNumber", root -> root.get("trackingNumber"),
              "title", root -> root.get("title"),
              "status", root -> root.get("status"),
              "channel", root -> root.get("channel")),
          "receivedAt",
          false);

  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Override
  public Optional<CaseFile> find(long id) {
    return Optional.ofNullable(em.find(CaseFile.class, id));
  }

  @Override
  public void add(CaseFile caseFile) {
    em.persist(caseFile);
    caseFile.assignTrackingNumber();
    em.flush();
  }

  @Override
  public void addEvent(CaseEvent event) {
    em.persist(event);
  }

  @Override
  public List<CaseEvent> timeline(long caseId) {
    return em.createQuery(
            "select e from CaseEvent e where e.caseId = :caseId order by e.occurredAt, e.id",
            CaseEvent.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  @Override
  public List<CaseFile> find(CaseCriteria criteria, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<CaseFile> query = cb.createQuery(CaseFile.class);
    Root<CaseFile> root = query.from(CaseFile.class);
    root.fetch("concernedUnit");
    query.where(predicates(criteria, cb, root)).orderBy(SORT.of(page, cb, root));
    return em.createQuery(query)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public long count(CaseCriteria criteria) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<CaseFile> root = query.from(CaseFile.class);
    query.select(cb.count(root)).where(predicates(criteria, cb, root));
    return em.createQuery(query).getSingleResult();
  }

  @Override
  public List<CaseFile> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select c from CaseFile c join fetch c.concernedUnit where c.id in :ids", CaseFile.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList();
  }

  @Override
  public Map<Long, Long> countOpenByFirm(Collection<Long> firmIds) {
    if (firmIds.isEmpty()) {
      return Map.of();
    }
    List<CaseStatus> open = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList();
    Map<Long, Long> counts = new HashMap<>();
    em.createQuery(
            "select c.firmId, count(c) from CaseFile c where c.firmId in :firms and c.status in :open"
                + " group by c.firmId",
            Object[].class)
        .setParameter("firms", List.copyOf(firmIds))
        .setParameter("open", open)
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  private static Predicate[] predicates(CaseCriteria criteria, CriteriaBuilder cb, Root<CaseFile> root) {
    List<Predicate> where = new ArrayList<>();
    if (criteria.text() != null && !criteria.text().isBlank()) {
      String pattern = SortOrder.containsPattern(criteria.text());
      where.add(
          cb.or(
              cb.like(cb.lower(root.get("title")), pattern, '\\'),
              cb.like(cb.lower(root.get("trackingNumber")), pattern, '\\'),
              cb.like(cb.lower(root.get("content")), pattern, '\\')));
    }
    if (criteria.status() != null) {
      where.add(cb.equal(root.get("status"), criteria.status()));
    }
    if (criteria.channel() != null) {
      where.add(cb.equal(root.get("channel"), criteria.channel()));
    }
    if (criteria.unitId() != null) {
      where.add(cb.equal(root.get("concernedUnit").get("id"), criteria.unitId()));
    }
    if (criteria.visibleToUnit() != null) {
      where.add(cb.equal(root.get("concernedUnit").get("id"), criteria.visibleToUnit()));
    }
    if (criteria.receivedFrom() != null) {
      where.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), criteria.receivedFrom().atStartOfDay()));
    }
    if (criteria.receivedTo() != null) {
      where.add(cb.lessThan(root.get("receivedAt"), criteria.receivedTo().plusDays(1).atStartOfDay()));
    }
    return where.toArray(Predicate[]::new);
  }
}
