package cn.gov.bizenv.casetracking.application.reports.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.batches.BatchView;
import cn.gov.bizenv.casetracking.application.calendar.internal.WorkingDayCalendars;
import cn.gov.bizenv.casetracking.application.cases.CaseSummary;
import cn.gov.bizenv.casetracking.application.cases.internal.CaseViews;
import cn.gov.bizenv.casetracking.application.reports.Dashboard;
import cn.gov.bizenv.casetracking.application.reports.RankingRow;
import cn.gov.bizenv.casetracking.application.reports.ReportPeriod;
import cn.gov.bizenv.casetracking.application.reports.Reports;
import cn.gov.bizenv.casetracking.application.reports.UnitRanking;
import cn.gov.bizenv.casetracking.application.reports.WeightChange;
import cn.gov.bizenv.casetracking.application.reports.WeightView;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.intake.IntakeBatchRepository;
import cn.gov.bizenv.casetracking.domain.model.report.CaseFigures;
import cn.gov.bizenv.casetracking.domain.model.report.CohortCell;
import cn.gov.bizenv.casetracking.domain.model.report.DayCount;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.model.report.FigureScope;
import cn.gov.bizenv.casetracking.domain.model.report.Granularity;
import cn.gov.bizenv.casetracking.domain.model.report.HandledCell;
import cn.gov.bizenv.casetracking.domain.model.report.KeyCount;
import cn.gov.bizenv.casetracking.domain.model.report.RankingComponent;
import cn.gov.bizenv.casetracking.domain.model.report.RankingFormula;
import cn.gov.bizenv.casetracking.domain.model.report.RankingWeight;
import cn.gov.bizenv.casetracking.domain.model.report.RankingWeightRepository;
import cn.gov.bizenv.casetracking.domain.model.report.ReportFormulas;
import cn.gov.bizenv.casetracking.domain.model.report.UnitMeasures;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Dashboard figures and drill-downs from {@link CaseFigures}; the office's roles see every case.
 */
@Stateless
@RolesAllowed({LEADER, SUPERVISOR, ADMINISTRATOR, TRIAGE_OFFICER})
public class ReportsService implements Reports {
  @Inject CaseFigures figures;
  @Inject PortalClock clock;
  @Inject WorkingDayCalendars calendars;
  @Inject RankingWeightRepository weightRepository;
  @Inject InputValidation validation;
  @Inject IntakeBatchRepository batches;

  /** As many as the import page lists. */
  static final int RECENT_BATCHES = 50;

  /**
   * The dashboard in seven aggregate queries: figures over the same rows are counted in one pass
   * (see {@link CaseFigures#counts}, {@link CaseFigures#cohortCells}, {@link
   * CaseFigures#handledCells}); every count keeps its figure's single definition, so the drill-down
   * of any number lists exactly that many cases.
   */
  @Override
  public Dashboard dashboard(ReportPeriod period) {
    FigureScope scope = scope(period);
    List<CohortCell> cohort = figures.cohortCells(scope);
    Map<Figure, Long> due =
        figures.counts(Figure.REPLY_DUE, List.of(Figure.ON_TIME, Figure.OVERDUE), scope);
    List<DayCount> closedPerDay = figures.closedPerDay(scope);
    List<HandledCell> handled = figures.handledCells(scope);
    List<List<KeyCount>> categories = figures.categoryLevels(scope);
    long replyDue = due.get(Figure.REPLY_DUE);
    long onTime = due.get(Figure.ON_TIME);
    long rated = sum(cohort, CohortCell::rated);
    long satisfied = sum(cohort, CohortCell::satisfied);
    long closedOnce = sum(cohort, CohortCell::closedOnce);
    long reopened = sum(cohort, CohortCell::reopened);
    Granularity granularity = Granularity.suitedTo(period.from(), period.to());
    return new Dashboard(
        period,
        sum(cohort, CohortCell::received),
        closedPerDay.stream().mapToLong(DayCount::count).sum(),
        rows(cohort, c -> c.channel().name()),
        rows(cohort, c -> c.status().name()),
        categories.get(0),
        categories.get(1),
        figures.breakdown(Figure.LEAD_UNIT, scope),
        figures.breakdown(Figure.DISTRICT, scope),
        granularity,
        ReportFormulas.series(
            period.from(),
            period.to(),
            granularity,
            days(cohort, CohortCell::day, CohortCell::received),
            closedPerDay),
        replyDue,
        onTime,
        ReportFormulas.percent(onTime, replyDue),
        due.get(Figure.OVERDUE),
        handled.stream().mapToLong(HandledCell::count).sum(),
        ReportFormulas.averageWorkingDays(
            calendars.current(),
            days(handled, HandledCell::dispatched, HandledCell::count),
            days(handled, HandledCell::replied, HandledCell::count)),
        rated,
        satisfied,
        ReportFormulas.percent(satisfied, rated),
        closedOnce,
        reopened,
        ReportFormulas.percent(reopened, closedOnce));
  }

  private static <T> long sum(List<T> cells, ToLongFunction<T> count) {
    return cells.stream().mapToLong(count).sum();
  }

  /** A breakdown's rows from the cohort's cells, largest first (ties by key). */
  private static List<KeyCount> rows(List<CohortCell> cells, Function<CohortCell, String> key) {
    Map<String, Long> counts = new TreeMap<>();
    cells.forEach(c -> counts.merge(key.apply(c), c.received(), Long::sum));
    List<KeyCount> result = new ArrayList<>();
    counts.forEach((k, n) -> result.add(new KeyCount(k, k, n)));
    result.sort(Comparator.comparingLong(KeyCount::count).reversed());
    return result;
  }

  /** A day series from cells, in day order. */
  private static <T> List<DayCount> days(
      List<T> cells, Function<T, LocalDate> day, ToLongFunction<T> count) {
    Map<LocalDate, Long> perDay = new TreeMap<>();
    cells.forEach(c -> perDay.merge(day.apply(c), count.applyAsLong(c), Long::sum));
    List<DayCount> result = new ArrayList<>();
    perDay.forEach((d, n) -> result.add(new DayCount(d, n)));
    return result;
  }

  @Override
  public UnitRanking ranking(ReportPeriod period) {
    FigureScope checked = scope(period);
    FigureScope scope = new FigureScope(checked.from(), checked.to(), null, null, checked.now());
    List<WeightView> weights = weights();
    Map<RankingComponent, Integer> w = new EnumMap<>(RankingComponent.class);
    weights.forEach(v -> w.put(v.component(), v.weight()));
    Map<Long, Double> previous = new HashMap<>();
    for (UnitMeasures m : figures.unitMeasures(scope.previous())) {
      Double score = RankingFormula.score(RankingFormula.components(m), w);
      if (score != null) {
        previous.put(m.unitId(), score);
      }
    }
    List<RankingRow> rows = new ArrayList<>();
    for (UnitMeasures m : figures.unitMeasures(scope)) {
      Map<RankingComponent, Double> components = RankingFormula.components(m);
      Double score = RankingFormula.score(components, w);
      Double before = previous.get(m.unitId());
      Double trend =
          score == null || before == null ? null : Math.round((score - before) * 10.0) / 10.0;
      Map<String, Double> named = new java.util.LinkedHashMap<>();
      components.forEach((k, v) -> named.put(k.name(), v));
      rows.add(new RankingRow(null, m.unitId(), m.unitName(), score, named, before, trend, m));
    }
    rows.sort(
        Comparator.comparing(
                (RankingRow r) -> r.score() == null ? Double.NEGATIVE_INFINITY : r.score())
            .reversed()
            .thenComparing(RankingRow::unitName, Comparator.nullsLast(Comparator.naturalOrder())));
    List<RankingRow> placed = new ArrayList<>();
    int place = 0;
    Double last = null;
    for (int i = 0; i < rows.size(); i++) {
      RankingRow r = rows.get(i);
      if (r.score() != null && !r.score().equals(last)) {
        place = i + 1; // equal scores share a place
        last = r.score();
      }
      placed.add(
          new RankingRow(
              r.score() == null ? null : place,
              r.unitId(),
              r.unitName(),
              r.score(),
              r.components(),
              r.previousScore(),
              r.trend(),
              r.measures()));
    }
    return new UnitRanking(period, weights, placed);
  }

  @Override
  public List<WeightView> weights() {
    return weightRepository.all().stream()
        .sorted(
            Comparator.comparing(RankingWeight::getComponent)) // the enum's order, as documented
        .map(x -> new WeightView(x.getComponent(), x.getWeight(), x.getVersion()))
        .toList();
  }

  @Override
  @RolesAllowed(ADMINISTRATOR)
  public List<WeightView> changeWeights(List<WeightChange> changes) {
    if (changes == null || changes.isEmpty()) {
      throw InvalidInputException.of("weights", "ranking.weights.required");
    }
    changes.forEach(validation::check);
    Map<RankingComponent, RankingWeight> current = new EnumMap<>(RankingComponent.class);
    weightRepository.all().forEach(x -> current.put(x.getComponent(), x));
    for (WeightChange change : changes) {
      RankingWeight weight = current.get(change.component());
      if (weight.getVersion() != change.version()) {
        throw ConflictException.staleVersion();
      }
      weight.change(change.weight());
    }
    if (current.values().stream().mapToInt(RankingWeight::getWeight).sum() == 0) {
      throw InvalidInputException.of("weights", "ranking.weights.allZero");
    }
    weightRepository.save(List.copyOf(current.values()));
    return weights();
  }

  @Override
  public long count(Figure figure, String key, ReportPeriod period) {
    FigureScope scope = scope(period);
    try {
      return figures.count(required(figure), blankToNull(key), scope);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("key", "report.key.invalid");
    }
  }

  @Override
  public Page<CaseSummary> drillDown(
      Figure figure, String key, ReportPeriod period, PageRequest page) {
    FigureScope scope = scope(period);
    String k = blankToNull(key);
    try {
      return new Page<>(
              figures.cases(required(figure), k, scope, page.offset(), page.limit()),
              figures.count(figure, k, scope))
          .map(CaseViews::summary);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("key", "report.key.invalid");
    }
  }

  @Override
  public List<BatchView> recentBatches() {
    return batches.recent(RECENT_BATCHES).stream().map(CaseViews::batch).toList();
  }

  private static Figure required(Figure figure) {
    if (figure == null) {
      throw InvalidInputException.of("figure", "report.figure.required");
    }
    return figure;
  }

  private static String blankToNull(String key) {
    return key == null || key.isBlank() ? null : key.trim();
  }

  private FigureScope scope(ReportPeriod period) {
    if (period == null || period.from() == null) {
      throw InvalidInputException.of("from", "report.period.required");
    }
    if (period.to() == null) {
      throw InvalidInputException.of("to", "report.period.required");
    }
    if (period.to().isBefore(period.from())) {
      throw InvalidInputException.of("to", "report.period.reversed");
    }
    if (ChronoUnit.DAYS.between(period.from(), period.to()) >= ReportPeriod.MAX_DAYS) {
      throw InvalidInputException.of("to", "report.period.tooLong");
    }
    return new FigureScope(
        period.from(),
        period.to(),
        period.districtId(),
        period.unitId(),
        period.asOf() == null ? clock.now() : period.asOf(),
        period.batchId());
  }
}
