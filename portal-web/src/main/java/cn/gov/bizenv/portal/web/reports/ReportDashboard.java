package cn.gov.bizenv.portal.web.reports;

import cn.gov.bizenv.casetracking.application.batches.BatchView;
import cn.gov.bizenv.casetracking.application.directory.UnitDirectory;
import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.casetracking.application.reports.Dashboard;
import cn.gov.bizenv.casetracking.application.reports.ReportPeriod;
import cn.gov.bizenv.casetracking.application.reports.Reports;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.report.KeyCount;
import cn.gov.bizenv.casetracking.domain.model.report.SeriesPoint;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.chiefservice.application.coverage.Coverage;
import cn.gov.bizenv.chiefservice.application.coverage.CoverageReports;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The leaders' dashboard: a period (preset or custom), optionally a district, lead unit or imported
 * batch, every figure of {@link Reports#dashboard}, charts as Chart.js configurations for {@code
 * p:chart}, and the tables as an Excel download.
 */
@Named
@ViewScoped
public class ReportDashboard implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String[] COLOURS = {
    "#1f6feb", "#d29922", "#2da44e", "#cf222e", "#8250df", "#0969da", "#bf8700", "#57606a",
    "#1a7f37", "#a40e26"
  };

  @Inject transient Reports reports;
  @Inject transient CoverageReports coverageReports;
  @Inject transient UnitDirectory units;
  @Inject transient Texts texts;
  @Inject FacesErrors errors;

  private ReportPeriodChoice choice = ReportPeriodChoice.THIS_MONTH;
  private LocalDate from;
  private LocalDate to;
  private Long districtId;
  private Long unitId;
  private Long batchId;
  private List<BatchView> batchChoices;
  private Dashboard dashboard;
  private DashboardCoverage coverage;
  private List<UnitView> unitChoices;

  @PostConstruct
  void init() {
    applyChoice();
  }

  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  /** A preset fills the dates and shows its figures at once. */
  public void applyChoice() {
    if (choice != ReportPeriodChoice.CUSTOM) {
      from = choice.from(today());
      to = choice.to(today());
    }
    refresh();
  }

  /**
   * The case figures and the officer coverage are independent reads of similar cost at a city's
   * scale, so chief service reads the coverage on the container's asynchronous threads meanwhile:
   * the page waits for the slower of the two, not for both in turn.
   */
  public void refresh() {
    Future<Coverage> pending = readsCoverage() ? coverageReports.coverageMeanwhile(from, to) : null;
    try {
      dashboard = reports.dashboard(period());
      coverage = pending == null ? null : DashboardCoverage.of(awaited(pending), reports, from, to);
    } catch (DomainException problem) {
      if (pending != null) {
        pending.cancel(false);
      }
      dashboard = null;
      coverage = null;
      errors.show(problem, "dashboardForm");
    }
  }

  private static Coverage awaited(Future<Coverage> pending) {
    try {
      return pending.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the officer coverage", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("reading the officer coverage failed", e.getCause());
    }
  }

  /** Officers' names and visits are for leaders, supervisors and administrators, not triage. */
  private static boolean readsCoverage() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    return context.isUserInRole(Role.Names.LEADER)
        || context.isUserInRole(Role.Names.SUPERVISOR)
        || context.isUserInRole(Role.Names.ADMINISTRATOR);
  }

  /**
   * Officer coverage of the period (null for readers without it); not limited by district or unit.
   */
  public DashboardCoverage getCoverage() {
    return coverage;
  }

  ReportPeriod period() {
    return new ReportPeriod(from, to, districtId, unitId, null, batchId);
  }

  public StreamedContent getWorkbook() {
    Dashboard current = reports.dashboard(period());
    byte[] content = ReportWorkbook.dashboard(current, texts.locale());
    return DefaultStreamedContent.builder()
        .name("dashboard-" + from + "-" + to + ".xlsx")
        .contentType(ReportWorkbook.MEDIA_TYPE)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  /** The headline figures in reading order, each linked to its cases. */
  public List<HeadlineFigure> getHeadline() {
    if (dashboard == null) {
      return List.of();
    }
    Dashboard d = dashboard;
    return List.of(
        new HeadlineFigure(Headline.RECEIVED, Long.toString(d.received())),
        new HeadlineFigure(Headline.CLOSED, Long.toString(d.closed())),
        new HeadlineFigure(Headline.REPLY_DUE, Long.toString(d.replyDue())),
        new HeadlineFigure(Headline.ON_TIME, Long.toString(d.onTime())),
        new HeadlineFigure(Headline.ON_TIME_RATE, percent(d.onTimeRate())),
        new HeadlineFigure(Headline.OVERDUE, Long.toString(d.overdue())),
        new HeadlineFigure(Headline.HANDLED, Long.toString(d.handled())),
        new HeadlineFigure(Headline.AVERAGE_HANDLING_DAYS, number(d.averageHandlingWorkingDays())),
        new HeadlineFigure(Headline.RATED, Long.toString(d.rated())),
        new HeadlineFigure(Headline.SATISFACTION_RATE, percent(d.satisfactionRate())),
        new HeadlineFigure(Headline.CLOSED_ONCE, Long.toString(d.closedOnce())),
        new HeadlineFigure(Headline.REOPEN_RATE, percent(d.reopenRate())));
  }

  static String percent(Double value) {
    return value == null ? "—" : value + "%";
  }

  static String number(Double value) {
    return value == null ? "—" : value.toString();
  }

  /** Received vs closed per bucket, as a line chart. */
  public String getSeriesChart() {
    if (dashboard == null) {
      return null;
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder received = Json.createArrayBuilder();
    JsonArrayBuilder closed = Json.createArrayBuilder();
    for (SeriesPoint p : dashboard.series()) {
      labels.add(p.start().toString());
      received.add(p.received());
      closed.add(p.closed());
    }
    JsonArrayBuilder sets =
        Json.createArrayBuilder()
            .add(dataset(texts.get("report.received"), received, COLOURS[0]).add("fill", false))
            .add(dataset(texts.get("report.closed"), closed, COLOURS[2]).add("fill", false));
    return chart("line", labels, sets);
  }

  public String getChannelChart() {
    return dashboard == null
        ? null
        : breakdown("bar", dashboard.byChannel(), r -> texts.get("channel." + r.key()));
  }

  public String getStatusChart() {
    return dashboard == null
        ? null
        : breakdown("doughnut", dashboard.byStatus(), r -> texts.get("status." + r.key()));
  }

  public String getDistrictChart() {
    return dashboard == null ? null : breakdown("bar", dashboard.byDistrict(), KeyCount::label);
  }

  private String breakdown(String type, List<KeyCount> rows, Function<KeyCount, String> label) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder counts = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    int i = 0;
    for (KeyCount row : rows) {
      labels.add(label.apply(row));
      counts.add(row.count());
      colours.add(COLOURS[i++ % COLOURS.length]);
    }
    JsonObjectBuilder set =
        Json.createObjectBuilder()
            .add("label", texts.get("report.count"))
            .add("data", counts)
            .add("backgroundColor", colours);
    return chart(type, labels, Json.createArrayBuilder().add(set));
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("borderColor", colour)
        .add("backgroundColor", colour);
  }

  private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets) {
    JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true);
    if (!"doughnut".equals(type)) {
      options.add(
          "plugins",
          Json.createObjectBuilder()
              .add("legend", Json.createObjectBuilder().add("display", "line".equals(type))));
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }

  public ReportPeriodChoice[] getChoices() {
    return ReportPeriodChoice.values();
  }

  public List<UnitView> getDistrictChoices() {
    return getUnitChoices().stream().filter(u -> u.kind() == UnitKind.COUNTY_OR_DISTRICT).toList();
  }

  public List<UnitView> getUnitChoices() {
    if (unitChoices == null) {
      unitChoices = units.activeUnits();
    }
    return unitChoices;
  }

  /** The recently imported batches, as the import page lists them. */
  public List<BatchView> getBatchChoices() {
    if (batchChoices == null) {
      batchChoices = reports.recentBatches();
    }
    return batchChoices;
  }

  public Long getBatchId() {
    return batchId;
  }

  public void setBatchId(Long batchId) {
    this.batchId = batchId;
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  public ReportPeriodChoice getChoice() {
    return choice;
  }

  public void setChoice(ReportPeriodChoice choice) {
    this.choice = choice;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Long getDistrictId() {
    return districtId;
  }

  public void setDistrictId(Long districtId) {
    this.districtId = districtId;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }
}
