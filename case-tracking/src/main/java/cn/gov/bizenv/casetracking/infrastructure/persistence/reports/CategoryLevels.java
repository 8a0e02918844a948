package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.RowValues.number;

import cn.gov.bizenv.casetracking.domain.model.category.Category_;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.model.report.FigureScope;
import cn.gov.bizenv.casetracking.domain.model.report.KeyCount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The cohort per category code prefix: 2 characters are the level-1 code, 5 the level-2 code. The
 * database counts per category (GROUP BY code: at most one row per category, a few hundred), and
 * the rows are rolled up to each prefix length here, so every level comes from one pass; grouping
 * by a SUBSTRING in SQL fails on PostgreSQL because EclipseLink binds its arguments as parameters,
 * which makes the SELECT and GROUP BY expressions differ.
 */
@Dependent
class CategoryLevels {
  private static final String CODE = "k." + Category_.CODE;
  private static final String NAME = "k." + Category_.NAME;

  private final ReportQueries queries;
  private final CaseTally tally;

  @Inject
  CategoryLevels(ReportQueries queries, CaseTally tally) {
    this.queries = queries;
    this.tally = tally;
  }

  /** One list per prefix length, each largest first. */
  List<List<KeyCount>> levels(FigureScope scope, int... prefixLengths) {
    List<Object[]> rows;
    if (tally.serves(scope)) {
      rows = tally.categoryCounts(scope);
    } else {
      Condition c = Condition.of(FigureDefinitions.of(Figure.CATEGORY, null, scope));
      rows =
          c.bind(
                  queries.query(
                      "select "
                          + CODE
                          + ", count(c) from CaseFile c join "
                          + CaseAttribute.CATEGORY.path()
                          + " k where "
                          + c.where()
                          + " group by "
                          + CODE,
                      Object[].class))
              .getResultList();
    }
    List<Map<String, Long>> perPrefix = rolledUp(rows, prefixLengths);
    Map<String, String> names = names(perPrefix);
    List<List<KeyCount>> result = new ArrayList<>();
    for (Map<String, Long> counts : perPrefix) {
      List<KeyCount> level = new ArrayList<>();
      counts.forEach(
          (code, count) -> level.add(new KeyCount(code, names.getOrDefault(code, code), count)));
      level.sort((x, y) -> Long.compare(y.count(), x.count()));
      result.add(level);
    }
    return result;
  }

  /** Per prefix length, the counts of (code, count) rows summed per code prefix, in code order. */
  static List<Map<String, Long>> rolledUp(List<Object[]> rows, int... prefixLengths) {
    List<Map<String, Long>> perPrefix = new ArrayList<>();
    for (int prefixLength : prefixLengths) {
      Map<String, Long> counts = new TreeMap<>();
      for (Object[] row : rows) {
        String code = (String) row[0];
        if (code.length() >= prefixLength) {
          counts.merge(code.substring(0, prefixLength), number(row[1]), Long::sum);
        }
      }
      perPrefix.add(counts);
    }
    return perPrefix;
  }

  private Map<String, String> names(List<Map<String, Long>> perPrefix) {
    Set<String> codes = new TreeSet<>();
    perPrefix.forEach(counts -> codes.addAll(counts.keySet()));
    Map<String, String> names = new HashMap<>();
    if (!codes.isEmpty()) {
      queries
          .query(
              "select " + CODE + ", " + NAME + " from Category k where " + CODE + " in :codes",
              Object[].class)
          .setParameter("codes", List.copyOf(codes))
          .getResultList()
          .forEach(r -> names.put((String) r[0], (String) r[1]));
    }
    return names;
  }
}
