package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.report.CaseFigures;
import cn.gov.bizenv.casetracking.domain.model.report.CohortCell;
import cn.gov.bizenv.casetracking.domain.model.report.DayCount;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.model.report.FigureScope;
import cn.gov.bizenv.casetracking.domain.model.report.HandledCell;
import cn.gov.bizenv.casetracking.domain.model.report.KeyCount;
import cn.gov.bizenv.casetracking.domain.model.report.SupervisionCount;
import cn.gov.bizenv.casetracking.domain.model.report.UnitMeasures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The report figures as JPQL aggregates over the cases, each figure as {@link FigureDefinitions}
 * defines it. The city-wide dashboard and ranking read PostgreSQL's per-day tallies instead ({@link
 * CaseTally}, whose facts follow the same definitions); drill-downs and single counts always read
 * the cases.
 */
@ApplicationScoped
public class JpaCaseFigures implements CaseFigures {
  private final FigureCounts counts;
  private final FigureBreakdowns breakdowns;
  private final CategoryLevels categories;
  private final RankingInputs ranking;
  private final FigureCases cases;

  /** For the container's proxy. */
  protected JpaCaseFigures() {
    this(null, null, null, null, null);
  }

  @Inject
  JpaCaseFigures(
      FigureCounts counts,
      FigureBreakdowns breakdowns,
      CategoryLevels categories,
      RankingInputs ranking,
      FigureCases cases) {
    this.counts = counts;
    this.breakdowns = breakdowns;
    this.categories = categories;
    this.ranking = ranking;
    this.cases = cases;
  }

  @Override
  public long count(Figure figure, String key, FigureScope scope) {
    return counts.count(figure, key, scope);
  }

  @Override
  public Map<Figure, Long> counts(Figure base, List<Figure> parts, FigureScope scope) {
    return counts.counts(base, parts, scope);
  }

  @Override
  public List<CohortCell> cohortCells(FigureScope scope) {
    return counts.cohortCells(scope);
  }

  @Override
  public List<HandledCell> handledCells(FigureScope scope) {
    return counts.handledCells(scope);
  }

  @Override
  public List<DayCount> receivedPerDay(FigureScope scope) {
    return counts.receivedPerDay(scope);
  }

  @Override
  public List<DayCount> closedPerDay(FigureScope scope) {
    return counts.closedPerDay(scope);
  }

  @Override
  public List<DayCount> handledPerDispatchDay(FigureScope scope) {
    return counts.handledPerDispatchDay(scope);
  }

  @Override
  public List<DayCount> handledPerReplyDay(FigureScope scope) {
    return counts.handledPerReplyDay(scope);
  }

  @Override
  public List<KeyCount> breakdown(Figure figure, FigureScope scope) {
    return breakdowns.breakdown(figure, scope);
  }

  @Override
  public List<KeyCount> secondLevelCategories(FigureScope scope) {
    return categories.levels(scope, 5).get(0);
  }

  @Override
  public List<List<KeyCount>> categoryLevels(FigureScope scope) {
    return categories.levels(scope, 2, 5);
  }

  @Override
  public List<KeyCount> perLeadUnit(Figure figure, FigureScope scope) {
    return breakdowns.perLeadUnit(figure, scope);
  }

  @Override
  public List<SupervisionCount> supervisionPerUnit(FigureScope scope) {
    return breakdowns.supervisionPerUnit(scope);
  }

  @Override
  public List<UnitMeasures> unitMeasures(FigureScope scope) {
    return ranking.unitMeasures(scope);
  }

  @Override
  public List<CaseFile> longestOverdue(FigureScope scope, int limit) {
    return cases.cases(Figure.OVERDUE, null, scope, 0, limit);
  }

  @Override
  public List<CaseFile> cases(Figure figure, String key, FigureScope scope, int offset, int limit) {
    return cases.cases(figure, key, scope, offset, limit);
  }
}
