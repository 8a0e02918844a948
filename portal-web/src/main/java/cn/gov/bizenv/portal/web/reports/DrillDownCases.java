package cn.gov.bizenv.portal.web.reports;

import cn.gov.bizenv.casetracking.application.cases.CaseSummary;
import cn.gov.bizenv.casetracking.application.reports.ReportPeriod;
import cn.gov.bizenv.casetracking.application.reports.Reports;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.portal.web.shell.PagedModel;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The cases behind one dashboard figure (view parameters figure, key, from, to, district, unit,
 * batch). The list and its Excel export run the figure's own predicate, so the total shown here is
 * the dashboard's number.
 */
@Named
@ViewScoped
public class DrillDownCases implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Reports reports;
  @Inject transient Texts texts;

  private Figure figure;
  private String key;
  private String keyLabel;
  private LocalDate from;
  private LocalDate to;
  private Long district;
  private Long unit;
  private Long batch;
  private PagedModel<CaseSummary> model;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(page -> reports.drillDown(figure, key, period(), page), CaseSummary::id);
  }

  ReportPeriod period() {
    return new ReportPeriod(from, to, district, unit, null, batch);
  }

  /** Whether the view parameters name a figure and a period (otherwise the page explains). */
  public boolean isComplete() {
    return figure != null && from != null && to != null;
  }

  public StreamedContent getWorkbook() {
    byte[] content = ReportWorkbook.cases(reports, figure, key, period(), texts.locale());
    return DefaultStreamedContent.builder()
        .name("cases-" + figure + "-" + from + "-" + to + ".xlsx")
        .contentType(ReportWorkbook.MEDIA_TYPE)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  public PagedModel<CaseSummary> getModel() {
    return model;
  }

  public Figure getFigure() {
    return figure;
  }

  public void setFigure(Figure figure) {
    this.figure = figure;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getKeyLabel() {
    return keyLabel;
  }

  public void setKeyLabel(String keyLabel) {
    this.keyLabel = keyLabel;
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

  public Long getDistrict() {
    return district;
  }

  public void setDistrict(Long district) {
    this.district = district;
  }

  public Long getUnit() {
    return unit;
  }

  public void setUnit(Long unit) {
    this.unit = unit;
  }

  public Long getBatch() {
    return batch;
  }

  public void setBatch(Long batch) {
    this.batch = batch;
  }
}
