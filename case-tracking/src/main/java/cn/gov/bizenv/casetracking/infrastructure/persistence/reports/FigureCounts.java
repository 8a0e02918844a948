package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.RowValues.day;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.RowValues.number;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.report.CohortCell;
import cn.gov.bizenv.casetracking.domain.model.report.DayCount;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.model.report.FigureScope;
import cn.gov.bizenv.casetracking.domain.model.report.HandledCell;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A figure's count, several figures counted in one pass, and the cells and day series the dashboard
 * is summed from: from PostgreSQL's tallies where they serve the scope, from the cases otherwise.
 */
@Dependent
class FigureCounts {
  /** The parts of REPLY_DUE that the tally keeps. */
  static final Set<Figure> TALLIED_DUE = EnumSet.of(Figure.ON_TIME, Figure.LATE, Figure.OVERDUE);

  /** The cohort's subsets that the cohort's cells carry, in their order. */
  static final List<Figure> COHORT_SUBSETS =
      List.of(Figure.RATED, Figure.SATISFIED, Figure.CLOSED_ONCE, Figure.REOPENED);

  private final ReportQueries queries;
  private final CaseTally tally;

  @Inject
  FigureCounts(ReportQueries queries, CaseTally tally) {
    this.queries = queries;
    this.tally = tally;
  }

  long count(Figure figure, String key, FigureScope scope) {
    Condition c = Condition.of(FigureDefinitions.of(figure, key, scope));
    String counted = FigureDefinitions.counted(figure).path();
    return c.bind(
            queries.query(
                "select count(" + counted + ") from CaseFile c where " + c.where(), Long.class))
        .getSingleResult();
  }

  Map<Figure, Long> counts(Figure base, List<Figure> parts, FigureScope scope) {
    if (base == Figure.REPLY_DUE && TALLIED_DUE.containsAll(parts) && tally.serves(scope)) {
      return talliedDue(parts, scope);
    }
    return countedFromCases(base, parts, scope);
  }

  /** REPLY_DUE and its parts: the days before today from the tally, today on from the cases. */
  private Map<Figure, Long> talliedDue(List<Figure> parts, FigureScope scope) {
    Map<Figure, Long> result = new EnumMap<>(Figure.class);
    result.put(Figure.REPLY_DUE, 0L);
    parts.forEach(part -> result.put(part, 0L));
    FigureScope past = CaseTally.pastDays(scope);
    if (past != null) {
      for (long[] unit : tally.replyDue(past)) {
        result.merge(Figure.REPLY_DUE, unit[1], Long::sum);
        result.computeIfPresent(Figure.ON_TIME, (k, n) -> n + unit[2]);
        result.computeIfPresent(Figure.LATE, (k, n) -> n + unit[1] - unit[2]);
        result.computeIfPresent(Figure.OVERDUE, (k, n) -> n + unit[3]);
      }
    }
    FigureScope rest = CaseTally.fromToday(scope);
    if (rest != null) {
      countedFromCases(Figure.REPLY_DUE, parts, rest)
          .forEach((k, n) -> result.merge(k, n, Long::sum));
    }
    return result;
  }

  private Map<Figure, Long> countedFromCases(Figure base, List<Figure> parts, FigureScope scope) {
    List<Object[]> rows = queries.pass(null, base, parts, null, scope);
    Object[] row = rows.isEmpty() ? new Object[parts.size() + 1] : rows.get(0);
    Map<Figure, Long> result = new EnumMap<>(Figure.class);
    result.put(base, number(row[0]));
    for (int i = 0; i < parts.size(); i++) {
      result.put(parts.get(i), number(row[i + 1]));
    }
    return result;
  }

  List<CohortCell> cohortCells(FigureScope scope) {
    if (tally.serves(scope)) {
      return tally.cohortCells(scope);
    }
    String cell =
        dayOf(CaseAttribute.RECEIVED_AT)
            + ", "
            + CaseAttribute.CHANNEL.path()
            + ", "
            + CaseAttribute.STATUS.path();
    return queries.pass(cell, Figure.RECEIVED, COHORT_SUBSETS, null, scope).stream()
        .map(
            r ->
                new CohortCell(
                    day(r[0]),
                    (Channel) r[1],
                    (CaseStatus) r[2],
                    number(r[3]),
                    number(r[4]),
                    number(r[5]),
                    number(r[6]),
                    number(r[7])))
        .toList();
  }

  List<HandledCell> handledCells(FigureScope scope) {
    if (tally.serves(scope)) {
      return tally.handledCells(scope);
    }
    String cell = dayOf(CaseAttribute.DISPATCHED_AT) + ", " + dayOf(CaseAttribute.REPLIED_AT);
    return queries.pass(cell, Figure.HANDLED, List.of(), null, scope).stream()
        .map(r -> new HandledCell(day(r[0]), day(r[1]), number(r[2])))
        .toList();
  }

  List<DayCount> receivedPerDay(FigureScope scope) {
    return perDay(Figure.RECEIVED, CaseAttribute.RECEIVED_AT, scope);
  }

  List<DayCount> closedPerDay(FigureScope scope) {
    if (tally.serves(scope)) {
      return tally.closedPerDay(scope);
    }
    return perDay(Figure.CLOSED, CaseAttribute.CLOSED_AT, scope);
  }

  List<DayCount> handledPerDispatchDay(FigureScope scope) {
    return perDay(Figure.HANDLED, CaseAttribute.DISPATCHED_AT, scope);
  }

  List<DayCount> handledPerReplyDay(FigureScope scope) {
    return perDay(Figure.HANDLED, CaseAttribute.REPLIED_AT, scope);
  }

  private List<DayCount> perDay(Figure figure, CaseAttribute timestamp, FigureScope scope) {
    String day = dayOf(timestamp);
    return queries
        .rows(day + ", count(c)", Condition.of(FigureDefinitions.of(figure, null, scope)), day)
        .stream()
        .map(r -> new DayCount(day(r[0]), number(r[1])))
        .toList();
  }

  private static String dayOf(CaseAttribute timestamp) {
    return "cast(" + timestamp.path() + " as date)";
  }
}
