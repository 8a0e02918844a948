package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.model.report.FigureScope;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** The cases behind a figure (its drill-down), one page at a time, always read from the cases. */
@Dependent
class FigureCases {
  private final ReportQueries queries;

  @Inject
  FigureCases(ReportQueries queries) {
    this.queries = queries;
  }

  List<CaseFile> cases(Figure figure, String key, FigureScope scope, int offset, int limit) {
    Condition c = Condition.of(FigureDefinitions.of(figure, key, scope));
    String jpql =
        "select c from CaseFile c join fetch "
            + CaseAttribute.CONCERNED_UNIT.path()
            + " left join fetch "
            + CaseAttribute.LEAD_UNIT.path()
            + " left join fetch "
            + CaseAttribute.CATEGORY.path()
            + " where "
            + c.where()
            + " order by "
            + order(figure);
    return c.bind(queries.query(jpql, CaseFile.class))
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Overdue cases are listed longest overdue first, as supervisors work them (and as the bulletin
   * lists them): newest first, PostgreSQL walked the received_at index back through the recent
   * cases, none of them overdue yet (52 ms at 1M cases for a 3.4 ms count); by due date the first
   * overdue ones are near the period's start. Every other list is newest first.
   */
  static String order(Figure figure) {
    return figure == Figure.OVERDUE
        ? CaseAttribute.REPLY_DUE.path() + " asc, " + CaseAttribute.ID.path() + " asc"
        : CaseAttribute.RECEIVED_AT.path() + " desc, " + CaseAttribute.ID.path() + " desc";
  }
}
