package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseAlert;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseCriteria;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseCursor;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEvent;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.category.Category;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryCode;
import cn.gov.bizenv.casetracking.domain.model.supervision.SupervisionStep;
import cn.gov.bizenv.casetracking.domain.model.timelimit.OverdueStep;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.casetracking.infrastructure.search.CaseIndexOutbox;
import cn.gov.bizenv.casetracking.platform.persistence.SortOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cases and their events in the relational database; filters and counts run as SQL, text is
 * searched in the case index. Every change of a case also writes an entry of the index's outbox, in
 * the same transaction.
 */
@ApplicationScoped
public class JpaCaseFileRepository implements CaseFileRepository {
  /**
   * The pages of cases are read to be shown, never changed: built without the copies and change
   * tracking of the persistence context, which cost more than the query on a page of 20 rows.
   */
  static final String READ_ONLY = "eclipselink.read-only";

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

  @Inject CaseIndexOutbox outbox;

  @Override
  public Optional<CaseFile> find(long id) {
    return Optional.ofNullable(em.find(CaseFile.class, id));
  }

  @Override
  public void add(CaseFile caseFile) {
    em.persist(caseFile);
    caseFile.assignTrackingNumber();
    // Written now: rows of other tables and of chief service's persistence unit refer to the case
    // by a foreign key that EclipseLink's commit order does not know.
    em.flush();
    outbox.changed(caseFile.getId());
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
  public List<String> trackingNumbersMergedInto(long caseId) {
    return em.createQuery(
            "select c.trackingNumber from CaseFile c where c.mergedIntoId = :caseId order by c.id",
            String.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }

  @Override
  public void saveAction(CaseFile caseFile) {
    try {
      em.lock(caseFile, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      em.flush();
      outbox.changed(caseFile.getId());
    } catch (OptimisticLockException e) {
      throw ConflictException.staleVersion();
    }
  }

  @Override
  public List<CaseFile> find(CaseCriteria criteria, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<CaseFile> query = cb.createQuery(CaseFile.class);
    Root<CaseFile> root = query.from(CaseFile.class);
    fetchConcernedUnit(root);
    root.fetch("leadUnit", JoinType.LEFT);
    root.fetch("batch", JoinType.LEFT);
    // The category path of each row (three levels) comes with the page, not one query per row.
    root.fetch("category", JoinType.LEFT)
        .fetch("parent", JoinType.LEFT)
        .fetch("parent", JoinType.LEFT);
    query.where(predicates(criteria, cb, query, root)).orderBy(SORT.of(page, cb, root));
    return typed(query, criteria)
        .setHint(READ_ONLY, "true")
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  /**
   * Every case has its concerned unit, so an outer join returns the same rows as an inner one; but
   * EclipseLink writes an inner fetch join into the WHERE clause, from which H2 starts at the unit
   * table and sorts every case of a page, while outer joins keep the case table first, read in the
   * order of its index (EmbeddedListIndexMigration).
   */
  private static void fetchConcernedUnit(Root<CaseFile> root) {
    root.fetch("concernedUnit", JoinType.LEFT);
  }

  @Override
  public long count(CaseCriteria criteria) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<CaseFile> root = query.from(CaseFile.class);
    // count(received_at), not count(c): every case has it, so the number is the same, and every
    // index a list filters by (status, unit, channel, category, lead unit, batch) carries it, so
    // PostgreSQL counts from the index alone; count(c) is COUNT(id), which makes it visit the row
    // of each case counted (30,000 NEW cases at 1M: a heap page each).
    query.select(cb.count(root.get("receivedAt"))).where(predicates(criteria, cb, query, root));
    return typed(query, criteria).getSingleResult();
  }

  @Override
  public List<CaseFile> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select c from CaseFile c join fetch c.concernedUnit where c.id in :ids",
            CaseFile.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList();
  }

  @Override
  public List<CaseFile> findRows(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<CaseFile> query = cb.createQuery(CaseFile.class);
    Root<CaseFile> root = query.from(CaseFile.class);
    fetchConcernedUnit(root);
    root.fetch("leadUnit", JoinType.LEFT);
    root.fetch("batch", JoinType.LEFT);
    root.fetch("category", JoinType.LEFT)
        .fetch("parent", JoinType.LEFT)
        .fetch("parent", JoinType.LEFT);
    query.where(root.get("id").in(ids));
    Map<Long, CaseFile> byId = new HashMap<>();
    em.createQuery(query)
        .setHint(READ_ONLY, "true")
        .getResultList()
        .forEach(caseFile -> byId.put(caseFile.getId(), caseFile));
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  @Override
  public List<Long> findIds(CaseCriteria criteria, int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<CaseFile> root = query.from(CaseFile.class);
    query
        .select(root.get("id"))
        .where(predicates(criteria, cb, query, root))
        .orderBy(cb.desc(root.get("receivedAt")), cb.desc(root.get("id")));
    return em.createQuery(query).setMaxResults(limit).getResultList();
  }

  @Override
  public Map<Long, Long> countOpenByFirm(Collection<Long> firmIds) {
    if (firmIds.isEmpty()) {
      return Map.of();
    }
    List<CaseStatus> open = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList();
    Map<Long, Long> counts = new HashMap<>();
    em.createQuery(
            "select c.firmId, count(c) from CaseFile c where c.firmId in :firms and c.status in"
                + " :open group by c.firmId",
            Object[].class)
        .setParameter("firms", List.copyOf(firmIds))
        .setParameter("open", open)
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  @Override
  public List<CaseFile> findAfter(CaseCriteria criteria, CaseCursor after, int limit) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<CaseFile> query = cb.createQuery(CaseFile.class);
    Root<CaseFile> root = query.from(CaseFile.class);
    fetchConcernedUnit(root);
    root.fetch("leadUnit", JoinType.LEFT);
    root.fetch("category", JoinType.LEFT)
        .fetch("parent", JoinType.LEFT)
        .fetch("parent", JoinType.LEFT);
    List<Predicate> where = new ArrayList<>(List.of(predicates(criteria, cb, query, root)));
    if (after != null) {
      // (received_at, id) < (t, id), written so that the received_at index bounds the scan.
      where.add(cb.lessThanOrEqualTo(root.get("receivedAt"), after.receivedAt()));
      where.add(
          cb.or(
              cb.lessThan(root.get("receivedAt"), after.receivedAt()),
              cb.lessThan(root.get("id"), after.id())));
    }
    query
        .where(where.toArray(Predicate[]::new))
        .orderBy(cb.desc(root.get("receivedAt")), cb.desc(root.get("id")));
    return typed(query, criteria).setHint(READ_ONLY, "true").setMaxResults(limit).getResultList();
  }

  private <T> TypedQuery<T> typed(CriteriaQuery<T> query, CaseCriteria criteria) {
    return em.createQuery(query);
  }

  private static Predicate[] predicates(
      CaseCriteria criteria, CriteriaBuilder cb, AbstractQuery<?> query, Root<CaseFile> root) {
    List<Predicate> where = new ArrayList<>();
    // Text is searched in the case index (CaseSearch), never here.
    if (criteria.status() != null) {
      where.add(cb.equal(root.get("status"), criteria.status()));
    }
    if (criteria.channel() != null) {
      where.add(cb.equal(root.get("channel"), criteria.channel()));
    }
    if (criteria.triageInbox()) {
      where.add(root.get("status").in(CaseCriteria.INBOX));
    }
    if (criteria.batchId() != null) {
      where.add(cb.equal(root.get("batch").get("id"), criteria.batchId()));
    }
    if (criteria.alert() != null) {
      where.add(alerted(criteria.alert(), criteria.alertAsOf(), cb, query, root));
    }
    if (criteria.unitId() != null) {
      where.add(cb.equal(root.get("concernedUnit").get("id"), criteria.unitId()));
    }
    if (criteria.visibleToUnit() != null) {
      where.add(visibleTo(criteria.visibleToUnit(), cb, query, root));
    }
    if (criteria.categoryCode() != null) {
      // Codes are paths ("01.02.003"), so a subtree is a code prefix; see V4__categories.sql.
      // A malformed code names no category; checking its shape also keeps LIKE wildcards out.
      Join<CaseFile, Category> category = root.join("category");
      String code = criteria.categoryCode();
      where.add(
          CategoryCode.isValid(code)
              ? cb.or(
                  cb.equal(category.get("code"), code), cb.like(category.get("code"), code + ".%"))
              : cb.disjunction());
    }
    if (criteria.receivedFrom() != null) {
      where.add(
          cb.greaterThanOrEqualTo(root.get("receivedAt"), criteria.receivedFrom().atStartOfDay()));
    }
    if (criteria.receivedTo() != null) {
      where.add(
          cb.lessThan(root.get("receivedAt"), criteria.receivedTo().plusDays(1).atStartOfDay()));
    }
    return where.toArray(Predicate[]::new);
  }

  /** Cases on the clock with the alert: see {@link CaseAlert} for what each one means. */
  private static Predicate alerted(
      CaseAlert alert,
      java.time.LocalDateTime asOf,
      CriteriaBuilder cb,
      AbstractQuery<?> query,
      Root<CaseFile> root) {
    Predicate onTheClock =
        cb.and(
            root.get("status").in(ON_THE_CLOCK),
            cb.isNotNull(root.get("clock").get("replyDue")),
            cb.isNull(root.get("clock").get("pausedSince")));
    Path<java.time.LocalDateTime> replyDue = root.get("clock").get("replyDue");
    return switch (alert) {
      case OVERDUE -> cb.and(onTheClock, cb.lessThan(replyDue, asOf));
      case DUE_SOON ->
          cb.and(
              onTheClock,
              cb.greaterThanOrEqualTo(replyDue, asOf),
              cb.exists(stepsRaised(cb, query, root, true)));
      case PRESSED -> cb.and(onTheClock, cb.exists(stepsRaised(cb, query, root, false)));
    };
  }

  /** Steps raised in the case's current round: the warnings, or the ladder's steps. */
  private static Subquery<Long> stepsRaised(
      CriteriaBuilder cb, AbstractQuery<?> query, Root<CaseFile> root, boolean warnings) {
    Subquery<Long> raised = query.subquery(Long.class);
    Root<SupervisionStep> step = raised.from(SupervisionStep.class);
    List<String> ladder = Arrays.stream(OverdueStep.values()).map(OverdueStep::name).toList();
    raised
        .select(step.<Long>get("id"))
        .where(
            cb.equal(step.get("caseId"), root.get("id")),
            cb.equal(step.get("clockRound"), root.get("clock").get("round")),
            warnings
                ? cb.like(step.get("step"), SupervisionStep.WARNING_PREFIX + "%")
                : step.get("step").in(ladder));
    return raised;
  }

  /**
   * The unit leads the case or assists on it. The assisting units are tested in a correlated
   * subquery, not a join, so that a case is counted once and paging stays exact.
   */
  private static Predicate visibleTo(
      long unitId, CriteriaBuilder cb, AbstractQuery<?> query, Root<CaseFile> root) {
    Subquery<Long> assisting = query.subquery(Long.class);
    Root<CaseFile> sameCase = assisting.correlate(root);
    Join<CaseFile, Unit> unit = sameCase.join("assistingUnits");
    assisting.select(unit.<Long>get("id")).where(cb.equal(unit.get("id"), unitId));
    return cb.or(cb.equal(root.get("leadUnit").get("id"), unitId), cb.exists(assisting));
  }

  private static final List<CaseStatus> ON_THE_CLOCK =
      List.of(CaseStatus.DISPATCHED, CaseStatus.IN_PROGRESS);

  @Override
  public List<CaseFile> onTheClock(long afterId, int limit) {
    return em.createQuery(
            // A case waiting for the writer's supplement is off the clock until it is resumed.
            "select c from CaseFile c where c.status in :open and c.clock.replyDue is not null"
                + " and c.clock.pausedSince is null and c.id > :after order by c.id",
            CaseFile.class)
        .setParameter("open", ON_THE_CLOCK)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<CaseFile> overdue(java.time.LocalDateTime asOf, PageRequest page) {
    return em.createQuery(
            "select c from CaseFile c left join fetch c.leadUnit where c.status in :open and"
                + " c.clock.replyDue < :asOf order by c.clock.replyDue, c.id",
            CaseFile.class)
        .setParameter("open", ON_THE_CLOCK)
        .setParameter("asOf", asOf)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public long countOverdue(java.time.LocalDateTime asOf) {
    return em.createQuery(
            "select count(c) from CaseFile c where c.status in :open and c.clock.replyDue < :asOf",
            Long.class)
        .setParameter("open", ON_THE_CLOCK)
        .setParameter("asOf", asOf)
        .getSingleResult();
  }
}
