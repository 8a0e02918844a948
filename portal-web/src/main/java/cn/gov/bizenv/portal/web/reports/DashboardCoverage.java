package cn.gov.bizenv.portal.web.reports;

import cn.gov.bizenv.casetracking.application.reports.ReportPeriod;
import cn.gov.bizenv.casetracking.application.reports.Reports;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.chiefservice.application.coverage.Coverage;
import java.time.LocalDate;

/**
 * Officer coverage on the dashboard: chief service's visits and policy reach of the period, with
 * case tracking's outcome of the firms' requests (企业诉求) received in it: how many there were (the
 * dashboard's channel row FIRM_REQUEST) and how many were closed as solved ({@link
 * Figure#FIRM_REQUEST_SOLVED}); both are drill-down figures.
 */
public record DashboardCoverage(
    Coverage coverage, long firmRequests, long firmRequestsSolved, Double solvedRate) {
  public static final String FIRM_REQUEST = "FIRM_REQUEST";

  /** Chief service's coverage of [from, to] with case tracking's firm requests of the period. */
  public static DashboardCoverage of(Coverage c, Reports reports, LocalDate from, LocalDate to) {
    ReportPeriod period = ReportPeriod.of(from, to);
    long requests = reports.count(Figure.CHANNEL, FIRM_REQUEST, period);
    long solved = reports.count(Figure.FIRM_REQUEST_SOLVED, null, period);
    return new DashboardCoverage(
        c, requests, solved, requests == 0 ? null : Math.round(solved * 1000.0 / requests) / 10.0);
  }
}
