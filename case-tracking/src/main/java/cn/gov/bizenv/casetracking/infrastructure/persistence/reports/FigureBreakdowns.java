package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.RowValues.number;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEventType;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.model.report.FigureScope;
import cn.gov.bizenv.casetracking.domain.model.report.KeyCount;
import cn.gov.bizenv.casetracking.domain.model.report.SupervisionCount;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit_;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A keyed figure's rows, a figure per lead unit, and the supervision actions per unit. */
@Dependent
class FigureBreakdowns {
  /** The unit's key and name, from the alias {@code u}. */
  private static final String UNIT = "u." + Unit_.ID + ", u." + Unit_.NAME;

  private final ReportQueries queries;
  private final CaseTally tally;
  private final CategoryLevels categories;

  @Inject
  FigureBreakdowns(ReportQueries queries, CaseTally tally, CategoryLevels categories) {
    this.queries = queries;
    this.tally = tally;
    this.categories = categories;
  }

  List<KeyCount> breakdown(Figure figure, FigureScope scope) {
    String unitJoin =
        switch (figure) {
          case CHANNEL, STATUS, CATEGORY -> null;
          case LEAD_UNIT -> CaseAttribute.LEAD_UNIT.path();
          case DISTRICT -> CaseAttribute.CONCERNED_UNIT.path();
          default -> throw new IllegalArgumentException(figure + " has no breakdown");
        };
    if (figure == Figure.CATEGORY) {
      return categories.levels(scope, 2).get(0);
    }
    if (tally.serves(scope) && figure == Figure.LEAD_UNIT) {
      return tally.leadUnits(scope);
    }
    if (tally.serves(scope) && figure == Figure.DISTRICT) {
      return tally.districts(scope);
    }
    List<KeyCount> result =
        unitJoin == null ? perValue(figure, scope) : perUnit(figure, unitJoin, scope);
    result.sort((a, b) -> Long.compare(b.count(), a.count()));
    return result;
  }

  /** CHANNEL or STATUS: the enum's name is key and label. */
  private List<KeyCount> perValue(Figure figure, FigureScope scope) {
    String value = (figure == Figure.CHANNEL ? CaseAttribute.CHANNEL : CaseAttribute.STATUS).path();
    Condition c = Condition.of(FigureDefinitions.of(figure, null, scope));
    List<KeyCount> result = new ArrayList<>();
    for (Object[] row : queries.rows(value + ", count(c)", c, value)) {
      String name = ((Enum<?>) row[0]).name();
      result.add(new KeyCount(name, name, number(row[1])));
    }
    return result;
  }

  /** A figure's cases counted per unit reached by {@code join} (units without any are absent). */
  private List<KeyCount> perUnit(Figure figure, String join, FigureScope scope) {
    Condition c = Condition.of(FigureDefinitions.of(figure, null, scope));
    List<Object[]> rows =
        c.bind(
                queries.query(
                    "select "
                        + UNIT
                        + ", count(c) from CaseFile c join "
                        + join
                        + " u where "
                        + c.where()
                        + " group by "
                        + UNIT,
                    Object[].class))
            .getResultList();
    List<KeyCount> result = new ArrayList<>();
    for (Object[] row : rows) {
      result.add(new KeyCount(String.valueOf(row[0]), (String) row[1], number(row[2])));
    }
    return result;
  }

  List<KeyCount> perLeadUnit(Figure figure, FigureScope scope) {
    List<KeyCount> result = perUnit(figure, CaseAttribute.LEAD_UNIT.path(), scope);
    result.sort(Comparator.comparingLong(KeyCount::count).reversed().thenComparing(KeyCount::key));
    return result;
  }

  List<SupervisionCount> supervisionPerUnit(FigureScope scope) {
    if (tally.serves(scope)) {
      return tally.supervision(scope);
    }
    // The same events the ranking's supervision component counts: charged to the case's lead unit.
    String scoped =
        (scope.districtId() == null
                ? ""
                : " and " + CaseAttribute.CONCERNED_UNIT_ID.path() + " = :scopeDistrict")
            + (scope.unitId() == null
                ? ""
                : " and " + CaseAttribute.LEAD_UNIT_ID.path() + " = :scopeUnit");
    TypedQuery<Object[]> query =
        queries.query(
            "select "
                + UNIT
                + ", "
                + CaseEventPaths.TYPE
                + ", count(e) from CaseEvent e, CaseFile c join "
                + CaseAttribute.LEAD_UNIT.path()
                + " u where "
                + CaseEventPaths.OF_CASE
                + " and "
                + CaseEventPaths.SUPERVISION_IN_PERIOD
                + scoped
                + " group by "
                + UNIT
                + ", "
                + CaseEventPaths.TYPE,
            Object[].class);
    query
        .setParameter("supervision", FigureDefinitions.SUPERVISION_ACTIONS)
        .setParameter("start", scope.start())
        .setParameter("end", scope.end());
    if (scope.districtId() != null) {
      query.setParameter("scopeDistrict", scope.districtId());
    }
    if (scope.unitId() != null) {
      query.setParameter("scopeUnit", scope.unitId());
    }
    return query.getResultList().stream()
        .map(
            r ->
                new SupervisionCount(
                    number(r[0]), (String) r[1], (CaseEventType) r[2], number(r[3])))
        .toList();
  }
}
