package cn.gov.bizenv.chiefservice.infrastructure.persistence;

import cn.gov.bizenv.chiefservice.domain.model.coverage.CoverageFigures;
import cn.gov.bizenv.chiefservice.domain.model.coverage.FirmsCovered;
import cn.gov.bizenv.chiefservice.domain.model.coverage.OfficerActivity;
import cn.gov.bizenv.chiefservice.domain.model.coverage.PushReach;
import cn.gov.bizenv.chiefservice.domain.model.delivery.ReachCount;
import cn.gov.bizenv.chiefservice.domain.model.visit.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Coverage as aggregates over firms, visits and deliveries; nothing is loaded row by row. On
 * PostgreSQL the counts of visits, raised problems, pushes and firms visited come from the kept
 * {@link CoverageTally}; the JPQL here defines them and serves H2.
 */
@ApplicationScoped
public class JpaCoverageFigures implements CoverageFigures {
  private static final String VISITED_IN_PERIOD =
      "exists (select v from Visit v where v.firmId = f.id and v.status = :held"
          + " and v.visitDate >= :from and v.visitDate <= :to)";

  @PersistenceContext(unitName = "chiefservice")
  EntityManager em;

  @Inject CoverageTally tally;

  /**
   * A report query with its values written into the SQL. Bound, they let PostgreSQL switch the
   * prepared statement to a generic plan after five runs, which cannot know how much of the table a
   * period covers (it assumes a sliver) and gives up the parallel index-only scans: at 1M cases the
   * ranking took 2.9 s on generic plans and 1.6 s on plans for its actual period. The values are
   * dates, enum names and ids, which EclipseLink writes escaped.
   */
  private <T> TypedQuery<T> query(String jpql, Class<T> type) {
    return em.createQuery(jpql, type).setHint("eclipselink.jdbc.bind-parameters", "false");
  }

  /**
   * Due = due by its date (A) or visited (V); counted as A + V - (A and V), because an OR with the
   * visit's EXISTS cannot be answered as a join and probed the visits once per firm (0.7 s at 100k
   * firms, against 0.2 s for the two counts here).
   */
  @Override
  public FirmsCovered firms(LocalDate from, LocalDate to) {
    long dueByDate =
        query(
                "select count(f) from Firm f where f.officerId is not null and f.nextVisitDue <="
                    + " :to",
                Long.class)
            .setParameter("to", to)
            .getSingleResult();
    if (tally.serves()) {
      long[] visited = tally.firmsVisited(from, to);
      return new FirmsCovered(dueByDate + visited[0] - visited[1], visited[0]);
    }
    Object[] visited =
        period(
                query(
                    "select count(f), sum(case when f.nextVisitDue <= :to then 1 else 0 end) from"
                        + " Firm f where f.officerId is not null and "
                        + VISITED_IN_PERIOD,
                    Object[].class),
                from,
                to)
            .getSingleResult();
    return new FirmsCovered(dueByDate + n(visited[0]) - n(visited[1]), n(visited[0]));
  }

  @Override
  public List<OfficerActivity> perOfficer(LocalDate from, LocalDate to) {
    Map<Long, long[]> perOfficer = new TreeMap<>();
    collect(
        perOfficer,
        0,
        query(
                // count(officerId), not count(f): read from firm_officer_name_idx alone.
                "select f.officerId, count(f.officerId) from Firm f where f.officerId is not null"
                    + " group by f.officerId",
                Object[].class)
            .getResultList());
    if (tally.serves()) {
      tally
          .perOfficer(from, to)
          .forEach(
              (officer, n) -> {
                long[] slots = perOfficer.computeIfAbsent(officer, k -> new long[5]);
                slots[1] = n[CoverageTally.FIRMS_VISITED];
                slots[2] = n[CoverageTally.HELD];
                slots[3] = n[CoverageTally.NOT_HELD];
                slots[4] = n[CoverageTally.RAISED];
              });
      return activities(perOfficer);
    }
    List<Object[]> held =
        period(
                query(
                    // count(visitDate), not count(v): visit_officer_firm_idx then answers it alone,
                    // in
                    // officer order, so the distinct firms are counted without sorting the period's
                    // visits.
                    "select v.officerId, count(v.visitDate), count(distinct v.firmId) from Visit v"
                        + " where v.status = :held and v.visitDate >= :from and v.visitDate <= :to"
                        + " group by v.officerId",
                    Object[].class),
                from,
                to)
            .getResultList();
    for (Object[] row : held) {
      long[] n = perOfficer.computeIfAbsent(((Number) row[0]).longValue(), k -> new long[5]);
      n[2] = ((Number) row[1]).longValue();
      n[1] = ((Number) row[2]).longValue();
    }
    collect(
        perOfficer,
        3,
        query(
                "select v.officerId, count(v) from Visit v where v.status = :notHeld"
                    + " and v.visitDate >= :from and v.visitDate <= :to group by v.officerId",
                Object[].class)
            .setParameter("notHeld", VisitStatus.NOT_HELD)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList());
    collect(
        perOfficer,
        4,
        period(
                query(
                    "select v.officerId, count(r) from Visit v join v.raisedCases r"
                        + " where v.status = :held and v.visitDate >= :from and v.visitDate <= :to"
                        + " group by v.officerId",
                    Object[].class),
                from,
                to)
            .getResultList());
    return activities(perOfficer);
  }

  /** Slots: firms, firms visited, visits held, not held, problems raised. */
  private static List<OfficerActivity> activities(Map<Long, long[]> perOfficer) {
    List<OfficerActivity> result = new ArrayList<>();
    perOfficer.forEach(
        (id, n) -> result.add(new OfficerActivity(id, n[0], n[1], n[2], n[3], n[4])));
    return result;
  }

  @Override
  public PushReach reach(LocalDate from, LocalDate to) {
    if (tally.serves()) {
      return tally.reach(from, to);
    }
    Object[] row =
        query(
                "select count(d), count(d.deliveredOn), count(d.acknowledgedOn),"
                    + " count(d.appliedOn), count(d.redeemedOn), sum(case when d.appliedOn is not"
                    + " null or d.redeemedOn is not null then 1 else 0 end) from Delivery d where"
                    + " d.pushedOn >= :from and d.pushedOn <= :to",
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult();
    return new PushReach(
        new ReachCount(null, n(row[0]), n(row[1]), n(row[2]), n(row[3]), n(row[4])), n(row[5]));
  }

  private static long n(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static <T> TypedQuery<T> period(TypedQuery<T> query, LocalDate from, LocalDate to) {
    return query
        .setParameter("held", VisitStatus.HELD)
        .setParameter("from", from)
        .setParameter("to", to);
  }

  private static void collect(Map<Long, long[]> perOfficer, int slot, List<Object[]> rows) {
    for (Object[] row : rows) {
      perOfficer.computeIfAbsent(((Number) row[0]).longValue(), k -> new long[5])[slot] =
          ((Number) row[1]).longValue();
    }
  }
}
