package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.RowValues.number;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEventType;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.report.CohortCell;
import cn.gov.bizenv.casetracking.domain.model.report.DayCount;
import cn.gov.bizenv.casetracking.domain.model.report.FigureScope;
import cn.gov.bizenv.casetracking.domain.model.report.HandledCell;
import cn.gov.bizenv.casetracking.domain.model.report.KeyCount;
import cn.gov.bizenv.casetracking.domain.model.report.SupervisionCount;
import cn.gov.bizenv.casetracking.platform.persistence.DatabaseFeatures;
import cn.gov.bizenv.casetracking.platform.persistence.FoldedTally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The city-wide report figures read from the per-day tallies that PostgreSQL keeps with the cases
 * (migration 16, {@code db/postgresql/case_tally.sql}): a year is a few thousand tally rows instead
 * of half a million cases per figure. Each fact mirrors one figure's definition in {@link
 * FigureDefinitions}; the report integration tests hold the two to the same numbers. Only scopes
 * without a district, unit or batch are tallied ({@link #serves}); those go to the cases.
 */
@ApplicationScoped
public class CaseTally implements FoldedTally {
  /** Flags of RECEIVED and RECEIVED_UNIT. */
  static final int RATED = 1, SATISFIED = 2, CLOSED_ONCE = 4, REOPENED = 8;

  /** Flags of REPLY_DUE. */
  static final int ANSWERED_ON_TIME = 2, OPEN = 4;

  /** Flag of SIGN_OFF. */
  static final int SIGNED_ON_TIME = 2;

  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Inject DatabaseFeatures database;

  public boolean serves(FigureScope scope) {
    return scope.districtId() == null
        && scope.unitId() == null
        && scope.batchId() == null
        && database.postgres();
  }

  /**
   * The facts that wait for the clock (due dates) are tallied without it: a day before today's is
   * wholly past due, so its rows count as they are; from today on the figure depends on the hour
   * and is counted from the cases. This is the part of the period before today, or null.
   */
  static FigureScope pastDays(FigureScope scope) {
    LocalDate today = scope.now().toLocalDate();
    if (!scope.from().isBefore(today)) {
      return null;
    }
    LocalDate last = scope.to().isBefore(today) ? scope.to() : today.minusDays(1);
    return new FigureScope(scope.from(), last, null, null, scope.now());
  }

  /** The part of the period from today on, or null: see {@link #pastDays}. */
  static FigureScope fromToday(FigureScope scope) {
    LocalDate today = scope.now().toLocalDate();
    if (scope.to().isBefore(today)) {
      return null;
    }
    LocalDate first = scope.from().isAfter(today) ? scope.from() : today;
    return new FigureScope(first, scope.to(), null, null, scope.now());
  }

  private List<Object[]> rows(String select, String fact, String rest, FigureScope scope) {
    Query query =
        em.createNativeQuery(
            select
                + " FROM case_tally_current WHERE fact = ?1 AND day >= ?2 AND day <= ?3"
                + (rest == null ? "" : " " + rest));
    query.setParameter(1, fact);
    query.setParameter(2, java.sql.Date.valueOf(scope.from()));
    query.setParameter(3, java.sql.Date.valueOf(scope.to()));
    @SuppressWarnings("unchecked")
    List<Object[]> result = query.getResultList();
    return result;
  }

  private static String flagged(int flag) {
    return "sum(n) FILTER (WHERE flags & " + flag + " <> 0)";
  }

  private static final String COHORT_SUMS =
      "sum(n), "
          + flagged(RATED)
          + ", "
          + flagged(SATISFIED)
          + ", "
          + flagged(CLOSED_ONCE)
          + ", "
          + flagged(REOPENED);

  public List<CohortCell> cohortCells(FigureScope scope) {
    List<CohortCell> cells = new ArrayList<>();
    for (Object[] r :
        rows(
            "SELECT day, channel, label, " + COHORT_SUMS,
            "RECEIVED",
            "GROUP BY day, channel, label HAVING sum(n) <> 0",
            scope)) {
      cells.add(
          new CohortCell(
              RowValues.day(r[0]),
              Channel.valueOf((String) r[1]),
              CaseStatus.valueOf((String) r[2]),
              number(r[3]),
              number(r[4]),
              number(r[5]),
              number(r[6]),
              number(r[7])));
    }
    return cells;
  }

  /** Per lead unit: unit id, received, rated, satisfied, closed once, reopened. */
  public List<long[]> unitCohorts(FigureScope scope) {
    return longs(
        rows(
            "SELECT unit_id, " + COHORT_SUMS,
            "RECEIVED_UNIT",
            "GROUP BY unit_id HAVING sum(n) <> 0",
            scope));
  }

  /** The cohort per category code cut to level 2 (a level-1 code stays as it is). */
  public List<Object[]> categoryCounts(FigureScope scope) {
    return rows(
        "SELECT label, sum(n)", "RECEIVED_CATEGORY", "GROUP BY label HAVING sum(n) <> 0", scope);
  }

  /** The cohort per concerned unit that is a district, as {@code breakdown(DISTRICT)}. */
  public List<KeyCount> districts(FigureScope scope) {
    return named("RECEIVED_CONCERNED", " AND u.kind = 'COUNTY_OR_DISTRICT'", scope);
  }

  /** The cohort per lead unit, as {@code breakdown(LEAD_UNIT)}. */
  public List<KeyCount> leadUnits(FigureScope scope) {
    return named("RECEIVED_UNIT", "", scope);
  }

  /** A fact's count per unit with the unit's name, largest first. */
  private List<KeyCount> named(String fact, String unitCondition, FigureScope scope) {
    Query query =
        em.createNativeQuery(
            "SELECT u.id, u.name, t.n FROM (SELECT unit_id, sum(n) AS n FROM case_tally_current"
                + " WHERE fact = ?1 AND day >= ?2 AND day <= ?3 GROUP BY unit_id HAVING sum(n) <>"
                + " 0) t JOIN unit u ON u.id = t.unit_id"
                + unitCondition);
    query.setParameter(1, fact);
    query.setParameter(2, java.sql.Date.valueOf(scope.from()));
    query.setParameter(3, java.sql.Date.valueOf(scope.to()));
    List<KeyCount> result = new ArrayList<>();
    for (Object r : query.getResultList()) {
      Object[] row = (Object[]) r;
      result.add(new KeyCount(String.valueOf(number(row[0])), (String) row[1], number(row[2])));
    }
    result.sort((a, b) -> Long.compare(b.count(), a.count()));
    return result;
  }

  public List<DayCount> closedPerDay(FigureScope scope) {
    List<DayCount> result = new ArrayList<>();
    for (Object[] r :
        rows("SELECT day, sum(n)", "CLOSED", "GROUP BY day HAVING sum(n) <> 0", scope)) {
      result.add(new DayCount(RowValues.day(r[0]), number(r[1])));
    }
    return result;
  }

  public List<HandledCell> handledCells(FigureScope scope) {
    List<HandledCell> result = new ArrayList<>();
    for (Object[] r :
        rows(
            "SELECT day, span, sum(n)",
            "HANDLED",
            "GROUP BY day, span HAVING sum(n) <> 0",
            scope)) {
      LocalDate replied = RowValues.day(r[0]);
      result.add(new HandledCell(replied.minusDays(number(r[1])), replied, number(r[2])));
    }
    return result;
  }

  /**
   * Per lead unit (0: none) of the cases due in {@link #pastDays}: unit id, due, replied on time,
   * open (every one of them past due).
   */
  public List<long[]> replyDue(FigureScope pastDays) {
    return longs(
        rows(
            "SELECT unit_id, sum(n), " + flagged(ANSWERED_ON_TIME) + ", " + flagged(OPEN),
            "REPLY_DUE",
            "GROUP BY unit_id HAVING sum(n) <> 0",
            pastDays));
  }

  /** Per lead unit of the cases to be signed for in {@link #pastDays}: unit id, due, on time. */
  public List<long[]> signOff(FigureScope pastDays) {
    return longs(
        rows(
            "SELECT unit_id, sum(n), " + flagged(SIGNED_ON_TIME),
            "SIGN_OFF",
            "AND unit_id <> 0 GROUP BY unit_id HAVING sum(n) <> 0",
            pastDays));
  }

  /** Per lead unit: unit id, cases dispatched to it. */
  public List<long[]> dispatched(FigureScope scope) {
    return longs(
        rows(
            "SELECT unit_id, sum(n)",
            "DISPATCHED",
            "AND unit_id <> 0 GROUP BY unit_id HAVING sum(n) <> 0",
            scope));
  }

  /** The supervision actions per lead unit and kind, as {@code supervisionPerUnit}. */
  public List<SupervisionCount> supervision(FigureScope scope) {
    Query query =
        em.createNativeQuery(
            "SELECT u.id, u.name, t.label, t.n FROM (SELECT unit_id, label, sum(n) AS n FROM"
                + " case_tally_current WHERE fact = 'SUPERVISION' AND day >= ?1 AND day <= ?2 GROUP"
                + " BY unit_id, label HAVING sum(n) <> 0) t JOIN unit u ON u.id = t.unit_id");
    query.setParameter(1, java.sql.Date.valueOf(scope.from()));
    query.setParameter(2, java.sql.Date.valueOf(scope.to()));
    List<SupervisionCount> result = new ArrayList<>();
    for (Object r : query.getResultList()) {
      Object[] row = (Object[]) r;
      result.add(
          new SupervisionCount(
              number(row[0]),
              (String) row[1],
              CaseEventType.valueOf((String) row[2]),
              number(row[3])));
    }
    return result;
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long fold() {
    return number(em.createNativeQuery("SELECT case_tally_fold()").getSingleResult());
  }

  private static List<long[]> longs(List<Object[]> rows) {
    List<long[]> result = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      long[] values = new long[r.length];
      for (int i = 0; i < r.length; i++) {
        values[i] = number(r[i]);
      }
      result.add(values);
    }
    return result;
  }
}
