package cn.gov.bizenv.chiefservice.infrastructure.persistence;

import cn.gov.bizenv.casetracking.platform.persistence.DatabaseFeatures;
import cn.gov.bizenv.casetracking.platform.persistence.FoldedTally;
import cn.gov.bizenv.chiefservice.domain.model.coverage.PushReach;
import cn.gov.bizenv.chiefservice.domain.model.delivery.ReachCount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Coverage read from the kept tallies on PostgreSQL (chief service's migration 6, {@code
 * db/postgresql/coverage_tally.sql}): per-day and per-month counts of visits, raised problems and
 * pushes, and per-officer sets of visit days for the distinct firms visited. Each mirrors a count
 * of {@link JpaCoverageFigures}, which serves H2.
 */
@ApplicationScoped
public class CoverageTally implements FoldedTally {
  /** Flags of the pushed count. */
  static final int DELIVERED = 1, ACKNOWLEDGED = 2, APPLIED = 4, REDEEMED = 8;

  /** Slots of {@link #perOfficer}'s arrays. */
  static final int FIRMS_VISITED = 0, HELD = 1, NOT_HELD = 2, RAISED = 3;

  private static final String VISITED = "visit_days_within(first_day, days, ?1, ?2)";

  @PersistenceContext(unitName = "chiefservice")
  EntityManager em;

  @Inject DatabaseFeatures database;

  public boolean serves() {
    return database.postgres();
  }

  /** Per officer with any: firms visited, visits held and not held, problems raised. */
  public Map<Long, long[]> perOfficer(LocalDate from, LocalDate to) {
    Map<Long, long[]> perOfficer = new TreeMap<>();
    TallySpans spans = TallySpans.of(from, to);
    for (Object[] row :
        rows(
            "SELECT officer_id, sum(held), sum(not_held), sum(raised) FROM coverage_tally_current"
                + " WHERE officer_id <> 0 AND "
                + spans.condition(1)
                + " GROUP BY officer_id",
            spans.values().toArray())) {
      long[] n = perOfficer.computeIfAbsent(number(row[0]), k -> new long[4]);
      n[HELD] = number(row[1]);
      n[NOT_HELD] = number(row[2]);
      n[RAISED] = number(row[3]);
    }
    for (Object[] row :
        rows(
            "SELECT officer_id, count(*) FROM visit_days WHERE " + VISITED + " GROUP BY officer_id",
            from,
            to)) {
      perOfficer.computeIfAbsent(number(row[0]), k -> new long[4])[FIRMS_VISITED] = number(row[1]);
    }
    // An officer whose counts of the period all cancelled out (a moved visit) has nothing to show.
    perOfficer.values().removeIf(n -> n[0] == 0 && n[1] == 0 && n[2] == 0 && n[3] == 0);
    return perOfficer;
  }

  /**
   * The firms with an officer visited in the period by anyone, and of those the ones whose next
   * visit fell due by its end.
   */
  public long[] firmsVisited(LocalDate from, LocalDate to) {
    Object[] row =
        rows(
                "SELECT count(*), count(*) FILTER (WHERE f.next_visit_due <= ?2) FROM firm f WHERE"
                    + " f.officer_id IS NOT NULL AND f.id IN (SELECT firm_id FROM visit_days WHERE "
                    + VISITED
                    + ")",
                from,
                to)
            .get(0);
    return new long[] {number(row[0]), number(row[1])};
  }

  /** The deliveries pushed in the period, how far they got, and how many were taken up. */
  public PushReach reach(LocalDate from, LocalDate to) {
    TallySpans spans = TallySpans.of(from, to);
    Object[] row =
        rows(
                "SELECT sum(pushed), "
                    + flagged(DELIVERED)
                    + ", "
                    + flagged(ACKNOWLEDGED)
                    + ", "
                    + flagged(APPLIED)
                    + ", "
                    + flagged(REDEEMED)
                    + ", "
                    + flagged(APPLIED | REDEEMED)
                    + " FROM coverage_tally_current WHERE officer_id = 0 AND "
                    + spans.condition(1),
                spans.values().toArray())
            .get(0);
    return new PushReach(
        new ReachCount(
            null, number(row[0]), number(row[1]), number(row[2]), number(row[3]), number(row[4])),
        number(row[5]));
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long fold() {
    return number(em.createNativeQuery("SELECT coverage_tally_fold()").getSingleResult());
  }

  private static String flagged(int flags) {
    return "sum(pushed) FILTER (WHERE flags & " + flags + " <> 0)";
  }

  private List<Object[]> rows(String sql, Object... values) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      query.setParameter(
          i + 1, value instanceof LocalDate day ? java.sql.Date.valueOf(day) : value);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> result = query.getResultList();
    return result;
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
