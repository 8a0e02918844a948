package cn.gov.bizenv.portal.web.reports;

import cn.gov.bizenv.casetracking.application.reports.ReportPeriod;
import cn.gov.bizenv.casetracking.application.reports.Reports;
import cn.gov.bizenv.casetracking.application.reports.UnitRanking;
import cn.gov.bizenv.casetracking.application.reports.WeightChange;
import cn.gov.bizenv.casetracking.application.reports.WeightView;
import cn.gov.bizenv.casetracking.domain.model.report.RankingComponent;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The unit ranking of a period, downloadable as Excel, each component that is made of dashboard
 * figures linked to the cases behind them; administrators also edit the weights here.
 */
@Named
@ViewScoped
public class RankUnits implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Reports reports;
  @Inject transient Texts texts;
  @Inject FacesErrors errors;

  private ReportPeriodChoice choice = ReportPeriodChoice.LAST_MONTH;
  private LocalDate from;
  private LocalDate to;
  private UnitRanking ranking;
  private List<EditedWeight> weights;

  /** A weight in the edit form (JSF needs a mutable bean). */
  public static class EditedWeight implements Serializable {
    private static final long serialVersionUID = 1L;
    private final RankingComponent component;
    private final long version;
    private Integer weight;

    EditedWeight(WeightView view) {
      component = view.component();
      version = view.version();
      weight = view.weight();
    }

    public RankingComponent getComponent() {
      return component;
    }

    public Integer getWeight() {
      return weight;
    }

    public void setWeight(Integer weight) {
      this.weight = weight;
    }
  }

  @PostConstruct
  void init() {
    applyChoice();
  }

  public void applyChoice() {
    if (choice != ReportPeriodChoice.CUSTOM) {
      from = choice.from(ReportDashboard.today());
      to = choice.to(ReportDashboard.today());
    }
    refresh();
  }

  public void refresh() {
    try {
      ranking = reports.ranking(new ReportPeriod(from, to, null, null));
      weights = new ArrayList<>(ranking.weights().stream().map(EditedWeight::new).toList());
    } catch (DomainException problem) {
      ranking = null;
      errors.show(problem, "rankingForm");
    }
  }

  public void saveWeights() {
    try {
      reports.changeWeights(
          weights.stream()
              .map(w -> new WeightChange(w.component, w.weight == null ? -1 : w.weight, w.version))
              .toList());
      errors.info("ranking.weights.saved");
      refresh();
    } catch (DomainException problem) {
      errors.show(problem, "weightsForm");
    }
  }

  /** The ranking as shown, as Excel. */
  public StreamedContent getWorkbook() {
    UnitRanking current = reports.ranking(new ReportPeriod(from, to, null, null));
    byte[] content = ReportWorkbook.ranking(current, texts.locale());
    return DefaultStreamedContent.builder()
        .name("ranking-" + from + "-" + to + ".xlsx")
        .contentType(ReportWorkbook.MEDIA_TYPE)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  public RankingComponent[] getComponents() {
    return RankingComponent.values();
  }

  public ReportPeriodChoice[] getChoices() {
    return ReportPeriodChoice.values();
  }

  public UnitRanking getRanking() {
    return ranking;
  }

  public List<EditedWeight> getWeights() {
    return weights;
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
}
