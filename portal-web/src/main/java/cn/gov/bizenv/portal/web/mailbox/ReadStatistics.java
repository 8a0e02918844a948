package cn.gov.bizenv.portal.web.mailbox;

import cn.gov.bizenv.casetracking.application.mailbox.CategoryFigures;
import cn.gov.bizenv.casetracking.application.mailbox.MonthlyStatistics;
import cn.gov.bizenv.casetracking.application.mailbox.PublicMailbox;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The mailbox's public monthly statistics: a table per top-level category and a bar chart of
 * received and replied letters (Chart.js configuration for {@code p:chart}).
 */
@Named
@ViewScoped
public class ReadStatistics implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient PublicMailbox mailbox;
  @Inject transient Texts texts;

  private LocalDate month;
  private transient MonthlyStatistics statistics;

  @PostConstruct
  void init() {
    month = LocalDate.now(ZoneId.of("Asia/Shanghai")).withDayOfMonth(1);
    load();
  }

  public void load() {
    statistics = mailbox.statistics(YearMonth.from(month == null ? LocalDate.now() : month));
  }

  public MonthlyStatistics getStatistics() {
    if (statistics == null) {
      load();
    }
    return statistics;
  }

  /** A category line's label; letters without a category are named as such. */
  public String label(CategoryFigures figures) {
    return figures.categoryName() == null
        ? texts.get("statistics.unclassified")
        : figures.categoryName();
  }

  /** The chart's Chart.js configuration: received and replied per category. */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder received = Json.createArrayBuilder();
    JsonArrayBuilder replied = Json.createArrayBuilder();
    for (CategoryFigures figures : getStatistics().byCategory()) {
      labels.add(label(figures));
      received.add(figures.received());
      replied.add(figures.replied());
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", texts.get("statistics.received"))
                                .add("backgroundColor", "#64b5f6")
                                .add("data", received))
                        .add(
                            Json.createObjectBuilder()
                                .add("label", texts.get("statistics.replied"))
                                .add("backgroundColor", "#81c784")
                                .add("data", replied))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }

  public LocalDate getMonth() {
    return month;
  }

  public void setMonth(LocalDate month) {
    this.month = month;
  }
}
