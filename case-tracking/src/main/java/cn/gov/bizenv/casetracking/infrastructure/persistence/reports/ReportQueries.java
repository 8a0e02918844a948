package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.model.report.FigureScope;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The JPQL report queries over cases, sent with their values written in. */
@Dependent
class ReportQueries {
  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  /**
   * A report query with its values written into the SQL. Bound, they let PostgreSQL switch the
   * prepared statement to a generic plan after five runs, which cannot know how much of the table a
   * period covers (it assumes a sliver) and gives up the parallel index-only scans: at 1M cases the
   * ranking took 2.9 s on generic plans and 1.6 s on plans for its actual period. The values are
   * dates, enum names, ids and checked category codes, which EclipseLink writes escaped.
   */
  <T> TypedQuery<T> query(String jpql, Class<T> type) {
    return em.createQuery(jpql, type).setHint("eclipselink.jdbc.bind-parameters", "false");
  }

  /** {@code select <select> from CaseFile c where <condition> [group by <groupBy>]}. */
  List<Object[]> rows(String select, Condition condition, String groupBy) {
    String jpql =
        "select "
            + select
            + " from CaseFile c where "
            + condition.where()
            + (groupBy == null ? "" : " group by " + groupBy);
    return condition.bind(query(jpql, Object[].class)).getResultList();
  }

  /**
   * One pass over {@code base}'s rows: {@code select <groupBy>, count(<date>), sum(case when <part>
   * then 1 else 0 end)... where [<narrowed> and] <base>}. Each part's own condition is evaluated on
   * base's rows, which include all of the part's rows (checked with {@link Figure#within()}), so
   * each conditional count equals the part's count.
   */
  List<Object[]> pass(
      String groupBy, Figure base, List<Figure> parts, Clause narrowed, FigureScope scope) {
    Condition b = Condition.of(Clause.allOf(narrowed, FigureDefinitions.of(base, null, scope)));
    Map<String, Object> parameters = new HashMap<>(b.parameters());
    StringBuilder select = new StringBuilder();
    if (groupBy != null) {
      select.append(groupBy).append(", ");
    }
    select.append("count(").append(FigureDefinitions.counted(base).path()).append(")");
    for (Figure part : parts) {
      if (part.within() != base) {
        throw new IllegalArgumentException(part + " is not within " + base);
      }
      Condition p = Condition.of(FigureDefinitions.of(part, null, scope));
      p.parameters().forEach((name, value) -> Condition.put(parameters, name, value));
      // A NULL in ELSE would be bound as a VARCHAR parameter, which PostgreSQL cannot match with
      // the id; a sum of 1s and 0s binds integers.
      select.append(", sum(case when (").append(p.where()).append(") then 1 else 0 end)");
    }
    return rows(select.toString(), new Condition(b.where(), parameters), groupBy);
  }
}
