package cn.gov.bizenv.portal.web.reports;

import cn.gov.bizenv.casetracking.domain.model.report.Figure;

/** One headline row of the dashboard: which figure, its shown value, and its drill-down figure. */
public record HeadlineFigure(Headline name, String value, Figure figure) {
  public HeadlineFigure(Headline name, String value) {
    this(name, value, name.figure());
  }
}
