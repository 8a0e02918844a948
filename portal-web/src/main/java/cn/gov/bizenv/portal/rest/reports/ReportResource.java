package cn.gov.bizenv.portal.rest.reports;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.batches.BatchView;
import cn.gov.bizenv.casetracking.application.cases.CaseSummary;
import cn.gov.bizenv.casetracking.application.reports.Dashboard;
import cn.gov.bizenv.casetracking.application.reports.ReportPeriod;
import cn.gov.bizenv.casetracking.application.reports.Reports;
import cn.gov.bizenv.casetracking.application.reports.UnitRanking;
import cn.gov.bizenv.casetracking.application.reports.WeightChange;
import cn.gov.bizenv.casetracking.application.reports.WeightView;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.chiefservice.application.coverage.CoverageReports;
import cn.gov.bizenv.portal.rest.CallerLanguage;
import cn.gov.bizenv.portal.rest.PageResponse;
import cn.gov.bizenv.portal.rest.QueryParameters;
import cn.gov.bizenv.portal.web.reports.DashboardCoverage;
import cn.gov.bizenv.portal.web.reports.ReportWorkbook;
import cn.gov.bizenv.portal.web.shell.LocaleSelection;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * Supervision reports: the dashboard figures of a period, the cases behind any figure, and both as
 * Excel files. A drill-down list's total is the figure's count by construction.
 */
@Path("reports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({LEADER, SUPERVISOR, ADMINISTRATOR, TRIAGE_OFFICER})
public class ReportResource {
  @Inject Reports reports;
  @Inject CoverageReports coverage;
  @Context HttpHeaders headers;

  @GET
  @Path("dashboard")
  public Dashboard dashboard(@BeanParam ReportScope scope) {
    Locale locale = CallerLanguage.of(headers);
    return reports
        .dashboard(scope.period())
        .labelled(
            channel -> Texts.lookup(locale, "channel." + channel),
            status -> Texts.lookup(locale, "status." + status));
  }

  @GET
  @Path("dashboard.xlsx")
  @Produces(ReportWorkbook.MEDIA_TYPE)
  public Response dashboardWorkbook(@BeanParam ReportScope scope) {
    Dashboard dashboard = reports.dashboard(scope.period());
    return file(ReportWorkbook.dashboard(dashboard, LocaleSelection.DEFAULT), "dashboard.xlsx");
  }

  @GET
  @Path("cases")
  public PageResponse<CaseSummary> cases(
      @QueryParam("figure") String figure,
      @QueryParam("key") String key,
      @BeanParam ReportScope scope,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = QueryParameters.page(offset, limit, null, null);
    return PageResponse.of(reports.drillDown(figure(figure), key, scope.period(), page), page);
  }

  @GET
  @Path("cases.xlsx")
  @Produces(ReportWorkbook.MEDIA_TYPE)
  public Response casesWorkbook(
      @QueryParam("figure") String figure,
      @QueryParam("key") String key,
      @BeanParam ReportScope scope) {
    byte[] book =
        ReportWorkbook.cases(reports, figure(figure), key, scope.period(), LocaleSelection.DEFAULT);
    return file(book, "cases.xlsx");
  }

  /** The recently imported batches, whose ids the {@code batch} parameter takes. */
  @GET
  @Path("batches")
  public List<BatchView> batches() {
    return reports.recentBatches();
  }

  /** Officer coverage and policy reach (chief service) with the firms' requests' outcome. */
  @GET
  @Path("coverage")
  @RolesAllowed({LEADER, SUPERVISOR, ADMINISTRATOR})
  public DashboardCoverage coverage(@QueryParam("from") String from, @QueryParam("to") String to) {
    ReportPeriod period = period(from, to, null);
    return DashboardCoverage.of(
        coverage.coverage(period.from(), period.to()), reports, period.from(), period.to());
  }

  @GET
  @Path("ranking")
  public UnitRanking ranking(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("asOf") String asOf) {
    return reports.ranking(period(from, to, asOf));
  }

  /** The ranking table as Excel: the same rows as {@link #ranking}, in the same order. */
  @GET
  @Path("ranking.xlsx")
  @Produces(ReportWorkbook.MEDIA_TYPE)
  public Response rankingWorkbook(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("asOf") String asOf) {
    UnitRanking ranking = reports.ranking(period(from, to, asOf));
    return file(ReportWorkbook.ranking(ranking, LocaleSelection.DEFAULT), "ranking.xlsx");
  }

  @GET
  @Path("ranking/weights")
  public List<WeightView> weights() {
    return reports.weights();
  }

  @PUT
  @Path("ranking/weights")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<WeightView> changeWeights(List<WeightChange> changes) {
    return reports.changeWeights(changes);
  }

  private static Figure figure(String figure) {
    return QueryParameters.enumValue(Figure.class, figure, "figure");
  }

  private static ReportPeriod period(String from, String to, String asOf) {
    ReportScope scope = new ReportScope();
    scope.from = from;
    scope.to = to;
    scope.asOf = asOf;
    return scope.period();
  }

  private static Response file(byte[] content, String name) {
    return Response.ok(content, ReportWorkbook.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }
}
