package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.task.GroupMembership;
import cn.gov.bizenv.casetracking.domain.model.task.ProgressReport;
import cn.gov.bizenv.casetracking.domain.model.task.Task;
import cn.gov.bizenv.casetracking.domain.model.task.TaskCriteria;
import cn.gov.bizenv.casetracking.domain.model.task.TaskEvent;
import cn.gov.bizenv.casetracking.domain.model.task.TaskRepository;
import cn.gov.bizenv.casetracking.domain.model.task.TaskStatus;
import cn.gov.bizenv.casetracking.domain.model.task.TaskSupervisionStep;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.casetracking.platform.persistence.SortOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Tasks, their timelines, reports and ladder steps in the relational database. */
@ApplicationScoped
public class JpaTaskRepository implements TaskRepository {
  private static final SortOrder<Task> SORT =
      new SortOrder<>(
          Map.of(
              "deadline", root -> root.get("deadline"),
              "status", root -> root.get("status"),
              "source", root -> root.get("sourceKind"),
              "nextMilestoneOn", root -> root.get("nextMilestoneOn"),
              "lastReportOn", root -> root.get("lastReportOn"),
              "overdueSince", root -> root.get("overdueSince"),
              "id", root -> root.get("id")),
          "deadline",
          true);

  private static final List<TaskStatus> OPEN =
      List.of(TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.OVERDUE);

  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Override
  public Optional<Task> find(long id) {
    return Optional.ofNullable(em.find(Task.class, id));
  }

  @Override
  public void add(Task task) {
    em.persist(task);
    em.flush();
  }

  @Override
  public List<Task> find(TaskCriteria criteria, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Task> query = cb.createQuery(Task.class);
    Root<Task> root = query.from(Task.class);
    root.alias("t");
    root.fetch("leadUnit");
    query.where(predicates(criteria, cb, query, root)).orderBy(SORT.of(page, cb, root));
    // A page's cooperating units in one more query (IN over the page's ids), not one per row:
    // EclipseLink's batch reading, named by string so that no provider class is compiled against.
    return em.createQuery(query)
        .setHint("eclipselink.batch", "t.cooperatingUnits")
        .setHint("eclipselink.batch.type", "IN")
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public long count(TaskCriteria criteria) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Task> root = query.from(Task.class);
    query.select(cb.count(root)).where(predicates(criteria, cb, query, root));
    return em.createQuery(query).getSingleResult();
  }

  @Override
  public List<Task> openAfter(long afterId, int limit) {
    return em.createQuery(
            "select t from Task t where t.id > :after and t.status in :open order by t.id",
            Task.class)
        .setParameter("after", afterId)
        .setParameter("open", OPEN)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void addEvent(TaskEvent event) {
    em.persist(event);
  }

  @Override
  public List<TaskEvent> events(long taskId) {
    return em.createQuery(
            "select e from TaskEvent e where e.taskId = :task order by e.occurredAt, e.id",
            TaskEvent.class)
        .setParameter("task", taskId)
        .getResultList();
  }

  @Override
  public void addReport(ProgressReport report) {
    em.persist(report);
    em.flush();
  }

  @Override
  public List<ProgressReport> reports(long taskId) {
    return em.createQuery(
            "select r from ProgressReport r where r.taskId = :task order by r.filedAt desc, r.id"
                + " desc",
            ProgressReport.class)
        .setParameter("task", taskId)
        .getResultList();
  }

  @Override
  public Set<String> reportedPeriods(long taskId) {
    return new HashSet<>(
        em.createQuery(
                "select distinct r.periodKey from ProgressReport r where r.taskId = :task",
                String.class)
            .setParameter("task", taskId)
            .getResultList());
  }

  @Override
  public void addStepNow(TaskSupervisionStep step) {
    em.persist(step);
    // Insert at once: a second server raising the same step fails here, before any side effect.
    em.flush();
  }

  @Override
  public Set<String> raisedSteps(long taskId) {
    Set<String> keys = new HashSet<>();
    em.createQuery(
            "select s from TaskSupervisionStep s where s.taskId = :task", TaskSupervisionStep.class)
        .setParameter("task", taskId)
        .getResultList()
        .forEach(step -> keys.add(step.key()));
    return keys;
  }

  @Override
  public void addMembership(GroupMembership membership) {
    em.persist(membership);
  }

  @Override
  public Set<Long> groupsOf(long unitId) {
    return new HashSet<>(
        em.createQuery(
                "select m.groupId from GroupMembership m where m.memberUnitId = :unit", Long.class)
            .setParameter("unit", unitId)
            .getResultList());
  }

  @Override
  public Set<Long> membersOf(long groupId) {
    return new HashSet<>(
        em.createQuery(
                "select m.memberUnitId from GroupMembership m where m.groupId = :group", Long.class)
            .setParameter("group", groupId)
            .getResultList());
  }

  private static Predicate[] predicates(
      TaskCriteria criteria, CriteriaBuilder cb, CriteriaQuery<?> query, Root<Task> root) {
    List<Predicate> where = new ArrayList<>();
    Path<Long> lead = root.get("leadUnit").get("id");
    if (criteria.source() != null) {
      where.add(cb.equal(root.get("sourceKind"), criteria.source()));
    }
    if (criteria.status() != null) {
      where.add(cb.equal(root.get("status"), criteria.status()));
    }
    if (criteria.overdueOnly()) {
      where.add(cb.equal(root.get("status"), TaskStatus.OVERDUE));
    }
    if (criteria.deadlineFrom() != null) {
      where.add(cb.greaterThanOrEqualTo(root.get("deadline"), criteria.deadlineFrom()));
    }
    if (criteria.deadlineTo() != null) {
      where.add(cb.lessThanOrEqualTo(root.get("deadline"), criteria.deadlineTo()));
    }
    if (criteria.groupId() != null) {
      Subquery<Long> members = query.subquery(Long.class);
      Root<GroupMembership> membership = members.from(GroupMembership.class);
      members
          .select(membership.get("memberUnitId"))
          .where(cb.equal(membership.get("groupId"), criteria.groupId()));
      where.add(cb.or(cb.equal(lead, criteria.groupId()), lead.in(members)));
    }
    if (criteria.unitId() != null) {
      where.add(
          cb.or(
              cb.equal(lead, criteria.unitId()),
              cooperatingIn(Set.of(criteria.unitId()), cb, query, root)));
    }
    if (criteria.visibleTo() != null) {
      where.add(
          criteria.visibleTo().isEmpty()
              ? cb.disjunction()
              : cb.or(
                  lead.in(criteria.visibleTo()),
                  cooperatingIn(criteria.visibleTo(), cb, query, root)));
    }
    return where.toArray(Predicate[]::new);
  }

  private static Predicate cooperatingIn(
      Set<Long> units, CriteriaBuilder cb, CriteriaQuery<?> query, Root<Task> root) {
    Subquery<Long> cooperating = query.subquery(Long.class);
    Root<Task> task = cooperating.from(Task.class);
    Join<Task, Unit> unit = task.join("cooperatingUnits");
    cooperating.select(task.get("id")).where(unit.get("id").in(units));
    return root.get("id").in(cooperating);
  }
}
