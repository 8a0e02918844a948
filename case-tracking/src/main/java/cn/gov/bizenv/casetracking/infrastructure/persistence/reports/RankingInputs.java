package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.RowValues.number;

import cn.gov.bizenv.casetracking.domain.model.account.Account_;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEventType;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.model.report.FigureScope;
import cn.gov.bizenv.casetracking.domain.model.report.SupervisionCount;
import cn.gov.bizenv.casetracking.domain.model.report.UnitMeasures;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit_;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts behind each unit's ranking ({@link UnitMeasures}): each rate's parts as the
 * dashboard's figure defines them, counted per lead unit, from the tally where it serves the scope.
 */
@Dependent
class RankingInputs {
  private static final String LEAD_UNIT_ID = CaseAttribute.LEAD_UNIT_ID.path();

  private final ReportQueries queries;
  private final CaseTally tally;

  @Inject
  RankingInputs(ReportQueries queries, CaseTally tally) {
    this.queries = queries;
    this.tally = tally;
  }

  List<UnitMeasures> unitMeasures(FigureScope scope) {
    MeasuresByUnit measures = new MeasuresByUnit();
    boolean tallied = tally.serves(scope);
    // Figures of due dates wait for the clock: with the tally, its days before today count from
    // it and the rest from the cases (see CaseTally.pastDays).
    FigureScope pastDue = tallied ? CaseTally.pastDays(scope) : null;
    FigureScope dueFromCases = tallied ? CaseTally.fromToday(scope) : scope;
    if (pastDue != null) {
      for (long[] r : tally.replyDue(pastDue)) {
        if (r[0] != 0) {
          measures.replyDue(r[0], r[1], r[2]);
        }
      }
      for (long[] r : tally.signOff(pastDue)) {
        measures.signOff(r[0], r[1], r[2]);
      }
    }
    if (dueFromCases != null) {
      dueFromCases(measures, dueFromCases);
    }
    if (tallied) {
      for (long[] r : tally.unitCohorts(scope)) {
        measures.cohort(r[0], r[2], r[3], r[4], r[5]);
      }
      for (long[] r : tally.dispatched(scope)) {
        measures.dispatched(r[0], r[1]);
      }
      for (SupervisionCount s : tally.supervision(scope)) {
        measures.supervision(s.unitId(), s.count());
      }
    } else {
      cohortAndActionsFromCases(measures, scope);
    }
    returns(measures, scope);
    if (scope.unitId() != null) {
      measures.keepOnly(scope.unitId());
    }
    if (measures.units().isEmpty()) {
      return List.of();
    }
    return measures.measures(unitNames(measures));
  }

  /** Reply-due and sign-off per lead unit, counted from the cases. */
  private void dueFromCases(MeasuresByUnit measures, FigureScope scope) {
    for (Object[] row :
        queries.pass(
            LEAD_UNIT_ID,
            Figure.REPLY_DUE,
            List.of(Figure.ON_TIME),
            CaseAttribute.LEAD_UNIT.isNotNull(),
            scope)) {
      measures.replyDue(number(row[0]), number(row[1]), number(row[2]));
    }
    Condition signedOnTime = Condition.of(FigureDefinitions.signedOnTime());
    for (Object[] row :
        queries.rows(
            LEAD_UNIT_ID
                + ", count(c), sum(case when "
                + signedOnTime.where()
                + " then 1 else 0 end)",
            Condition.of(FigureDefinitions.signOffDue(scope)),
            LEAD_UNIT_ID)) {
      measures.signOff(number(row[0]), number(row[1]), number(row[2]));
    }
  }

  /** The cohort's subsets, dispatches and supervision actions per lead unit, from the cases. */
  private void cohortAndActionsFromCases(MeasuresByUnit measures, FigureScope scope) {
    for (Object[] row :
        queries.pass(
            LEAD_UNIT_ID,
            Figure.RECEIVED,
            FigureCounts.COHORT_SUBSETS,
            CaseAttribute.LEAD_UNIT.isNotNull(),
            scope)) {
      measures.cohort(
          number(row[0]), number(row[2]), number(row[3]), number(row[4]), number(row[5]));
    }
    for (Object[] row :
        queries.rows(
            LEAD_UNIT_ID + ", count(c)",
            Condition.of(FigureDefinitions.dispatched(scope)),
            LEAD_UNIT_ID)) {
      measures.dispatched(number(row[0]), number(row[1]));
    }
    for (Object[] row :
        queries
            .query(
                "select "
                    + LEAD_UNIT_ID
                    + ", count(e) from CaseEvent e, CaseFile c where "
                    + CaseEventPaths.OF_CASE
                    + " and "
                    + CaseAttribute.LEAD_UNIT.path()
                    + " is not null and "
                    + CaseEventPaths.SUPERVISION_IN_PERIOD
                    + " group by "
                    + LEAD_UNIT_ID,
                Object[].class)
            .setParameter("supervision", FigureDefinitions.SUPERVISION_ACTIONS)
            .setParameter("start", scope.start())
            .setParameter("end", scope.end())
            .getResultList()) {
      measures.supervision(number(row[0]), number(row[1]));
    }
  }

  /**
   * Returns are charged to the unit of the person who returned the case (the lead unit is gone).
   */
  private void returns(MeasuresByUnit measures, FigureScope scope) {
    String accountUnit = "a." + Account_.UNIT + "." + Unit_.ID;
    for (Object[] row :
        queries
            .query(
                "select "
                    + accountUnit
                    + ", count(e) from CaseEvent e, Account a where a."
                    + Account_.USERNAME
                    + " = "
                    + CaseEventPaths.ACTOR
                    + " and "
                    + CaseEventPaths.TYPE
                    + " = :returned and "
                    + CaseEventPaths.IN_PERIOD
                    + " group by "
                    + accountUnit,
                Object[].class)
            .setParameter("returned", CaseEventType.RETURN_TO_TRIAGE)
            .setParameter("start", scope.start())
            .setParameter("end", scope.end())
            .getResultList()) {
      measures.returned(number(row[0]), number(row[1]));
    }
  }

  private Map<Long, String> unitNames(MeasuresByUnit measures) {
    Map<Long, String> names = new HashMap<>();
    queries
        .query(
            "select u."
                + Unit_.ID
                + ", u."
                + Unit_.NAME
                + " from Unit u where u."
                + Unit_.ID
                + " in :ids",
            Object[].class)
        .setParameter("ids", List.copyOf(measures.units()))
        .getResultList()
        .forEach(r -> names.put(number(r[0]), (String) r[1]));
    return names;
  }
}
