package cn.gov.bizenv.casetracking.infrastructure.persistence.reports;

import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.SampleCase.at;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.SampleCases.ALL;
import static cn.gov.bizenv.casetracking.infrastructure.persistence.reports.SampleCases.MARCH;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEventType;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction;
import cn.gov.bizenv.casetracking.domain.model.report.CohortCell;
import cn.gov.bizenv.casetracking.domain.model.report.DayCount;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.model.report.FigureScope;
import cn.gov.bizenv.casetracking.domain.model.report.HandledCell;
import cn.gov.bizenv.casetracking.domain.model.report.KeyCount;
import cn.gov.bizenv.casetracking.domain.model.report.SupervisionCount;
import cn.gov.bizenv.casetracking.domain.model.report.UnitMeasures;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JPQL of every report query, run by EclipseLink on H2 over the sample cases, finds what the
 * table of {@link SampleCases} says each figure counts: counts, one-pass counts, breakdowns, day
 * series, the ranking's measures and the drill-down lists all agree with it.
 */
class JpaCaseFiguresOnH2Test {
  private static final Map<Long, String> UNITS = FiguresOnH2.UNITS;
  private static FiguresOnH2 database;
  private static JpaCaseFigures figures;

  @BeforeAll
  static void seed() throws Exception {
    database =
        FiguresOnH2.holding(
            ALL,
            List.of(
                // Supervision of a HOUSING case and a MARKET case in March, and of one before it.
                new Object[] {9L, CaseEventType.URGE, at("03-10 10:00")},
                new Object[] {19L, CaseEventType.ISSUE_NOTICE, at("03-19 10:00")},
                new Object[] {22L, CaseEventType.URGE, at("02-15 10:00")},
                // Returns to triage by MARKET's officer: one in March, one after it.
                new Object[] {5L, CaseEventType.RETURN_TO_TRIAGE, at("03-06 10:00")},
                new Object[] {5L, CaseEventType.RETURN_TO_TRIAGE, at("04-01 00:00")}));
    figures = database.figures;
  }

  @AfterAll
  static void close() {
    database.close();
  }

  @ParameterizedTest
  @EnumSource(Figure.class)
  void theCountIsTheNumberOfCasesTheTableCountsForTheFigure(Figure figure) {
    assertEquals(expected(figure).size(), figures.count(figure, null, MARCH));
  }

  @ParameterizedTest
  @EnumSource(Figure.class)
  void theDrillDownListsExactlyThoseCasesNewestOrLongestOverdueFirst(Figure figure) {
    Comparator<SampleCase> order =
        figure == Figure.OVERDUE
            ? Comparator.comparing((SampleCase s) -> s.replyDue).thenComparing(s -> s.id)
            : Comparator.comparing((SampleCase s) -> s.receivedAt)
                .thenComparing(s -> s.id)
                .reversed();
    List<Long> expected = expected(figure).stream().sorted(order).map(s -> s.id).toList();
    assertEquals(expected, ids(figures.cases(figure, null, MARCH, 0, 100)));
  }

  @Test
  void aPageIsItsPartOfTheList() {
    List<Long> all = ids(figures.cases(Figure.RECEIVED, null, MARCH, 0, 100));
    assertEquals(all.subList(2, 5), ids(figures.cases(Figure.RECEIVED, null, MARCH, 2, 3)));
    assertEquals(List.of(8L, 9L), ids(figures.longestOverdue(MARCH, 2)));
  }

  @ParameterizedTest
  @EnumSource(Figure.class)
  void aDistrictAUnitOrABatchNarrowsTheCountAndTheList(Figure figure) {
    FigureScope district = scope(SampleCase.DISTRICT, null, null);
    FigureScope unit = scope(null, SampleCase.MARKET, null);
    FigureScope batch = scope(null, null, SampleCase.BATCH);
    assertNarrowed(figure, district, s -> s.concernedUnitId == SampleCase.DISTRICT);
    assertNarrowed(figure, unit, s -> Objects.equals(s.leadUnitId, SampleCase.MARKET));
    assertNarrowed(figure, batch, s -> s.batchId != null);
  }

  @Test
  void onePassCountsEqualTheSingleCounts() {
    List<Figure> due = List.of(Figure.ON_TIME, Figure.LATE, Figure.OVERDUE);
    assertEquals(
        expectedCounts(Figure.REPLY_DUE, due), figures.counts(Figure.REPLY_DUE, due, MARCH));
    List<Figure> cohort =
        List.of(
            Figure.RATED,
            Figure.SATISFIED,
            Figure.CLOSED_ONCE,
            Figure.REOPENED,
            Figure.FIRM_REQUEST_SOLVED);
    assertEquals(
        expectedCounts(Figure.RECEIVED, cohort), figures.counts(Figure.RECEIVED, cohort, MARCH));
    assertThrows(
        IllegalArgumentException.class,
        () -> figures.counts(Figure.RECEIVED, List.of(Figure.ON_TIME), MARCH));
  }

  @Test
  void breakdownsHaveARowPerChannelStatusUnitAndDistrict() {
    assertRows(Figure.CHANNEL, s -> s.channel.name(), s -> s.channel.name());
    assertRows(Figure.STATUS, s -> s.status.name(), s -> s.status.name());
    assertRows(Figure.LEAD_UNIT, s -> String.valueOf(s.leadUnitId), s -> UNITS.get(s.leadUnitId));
    assertRows(
        Figure.DISTRICT, s -> String.valueOf(s.concernedUnitId), s -> UNITS.get(s.concernedUnitId));
    assertThrows(IllegalArgumentException.class, () -> figures.breakdown(Figure.RECEIVED, MARCH));
  }

  @Test
  void categoriesAreCountedPerSubtreeAtBothLevelsWithTheirNames() {
    List<List<KeyCount>> levels = figures.categoryLevels(MARCH);
    long cohort = expected(Figure.CATEGORY).size();
    long other =
        expected(Figure.CATEGORY).stream().filter(s -> s.categoryCode.startsWith("01.01")).count();
    assertEquals(List.of(new KeyCount("01", "城乡建设", cohort)), levels.get(0));
    assertEquals(
        List.of(
            new KeyCount("01.02", "城市建设和市政管理", cohort - other),
            new KeyCount("01.01", "安全生产", other)),
        levels.get(1));
    assertEquals(levels.get(0), figures.breakdown(Figure.CATEGORY, MARCH));
    assertEquals(levels.get(1), figures.secondLevelCategories(MARCH));
    assertEquals(cohort - other, figures.count(Figure.CATEGORY, "01.02", MARCH));
  }

  @Test
  void eachBreakdownRowIsTheCountOfItsKey() {
    for (Figure figure :
        List.of(Figure.CHANNEL, Figure.STATUS, Figure.LEAD_UNIT, Figure.DISTRICT)) {
      for (KeyCount row : figures.breakdown(figure, MARCH)) {
        assertEquals(row.count(), figures.count(figure, row.key(), MARCH), figure + " " + row);
        assertEquals(
            row.count(),
            figures.cases(figure, row.key(), MARCH, 0, 100).size(),
            figure + " " + row);
      }
    }
  }

  @Test
  void aFigurePerLeadUnitLeavesOutCasesWithoutOne() {
    for (Figure figure : List.of(Figure.RECEIVED, Figure.REPLY_DUE, Figure.CLOSED)) {
      Map<Long, Long> perUnit =
          expected(figure).stream()
              .filter(s -> s.leadUnitId != null)
              .collect(groupingBy(s -> s.leadUnitId, counting()));
      List<KeyCount> rows = figures.perLeadUnit(figure, MARCH);
      assertEquals(
          perUnit,
          rows.stream().collect(Collectors.toMap(r -> Long.valueOf(r.key()), KeyCount::count)),
          figure.name());
      assertLargestFirst(rows);
    }
  }

  @Test
  void daySeriesCountEachCaseOnItsDay() {
    assertEquals(perDay(Figure.RECEIVED, s -> s.receivedAt), days(figures.receivedPerDay(MARCH)));
    assertEquals(perDay(Figure.CLOSED, s -> s.closedAt), days(figures.closedPerDay(MARCH)));
    assertEquals(
        perDay(Figure.HANDLED, s -> s.dispatchedAt), days(figures.handledPerDispatchDay(MARCH)));
    assertEquals(perDay(Figure.HANDLED, s -> s.repliedAt), days(figures.handledPerReplyDay(MARCH)));
  }

  @Test
  void cohortCellsSplitTheCohortByDayChannelAndStatus() {
    Map<List<Object>, long[]> expected = new TreeMap<>(Comparator.comparing(Object::toString));
    for (SampleCase s : expected(Figure.RECEIVED)) {
      long[] n =
          expected.computeIfAbsent(
              List.of(s.receivedAt.toLocalDate(), s.channel, s.status), k -> new long[5]);
      n[0]++;
      n[1] += s.counts.contains(Figure.RATED) ? 1 : 0;
      n[2] += s.counts.contains(Figure.SATISFIED) ? 1 : 0;
      n[3] += s.counts.contains(Figure.CLOSED_ONCE) ? 1 : 0;
      n[4] += s.counts.contains(Figure.REOPENED) ? 1 : 0;
    }
    Set<CohortCell> cells = new HashSet<>();
    expected.forEach(
        (k, n) ->
            cells.add(
                new CohortCell(
                    (LocalDate) k.get(0),
                    (Channel) k.get(1),
                    (CaseStatus) k.get(2),
                    n[0],
                    n[1],
                    n[2],
                    n[3],
                    n[4])));
    assertEquals(cells, new HashSet<>(figures.cohortCells(MARCH)));
  }

  @Test
  void handledCellsPairTheDayOfDispatchWithTheDayOfReply() {
    Map<List<LocalDate>, Long> expected =
        expected(Figure.HANDLED).stream()
            .collect(
                groupingBy(
                    s -> List.of(s.dispatchedAt.toLocalDate(), s.repliedAt.toLocalDate()),
                    counting()));
    Set<HandledCell> cells = new HashSet<>();
    expected.forEach((k, n) -> cells.add(new HandledCell(k.get(0), k.get(1), n)));
    assertEquals(cells, new HashSet<>(figures.handledCells(MARCH)));
  }

  @Test
  void theRankingCountsEachUnitsCasesAsTheDashboardDefinesThem() {
    // Written out from the table: HOUSING leads cases 6-10, 13 and 21 dispatched in March (and 12
    // and 22 before it); MARKET leads 11, 14-16, 18 and 19, and its officer returned one case.
    UnitMeasures housing =
        new UnitMeasures(
            SampleCase.HOUSING, UNITS.get(SampleCase.HOUSING), 5, 3, 4, 1, 1, 1, 2, 1, 7, 0, 1);
    UnitMeasures market =
        new UnitMeasures(
            SampleCase.MARKET, UNITS.get(SampleCase.MARKET), 0, 0, 5, 4, 2, 1, 2, 0, 6, 1, 1);
    assertEquals(List.of(housing, market), figures.unitMeasures(MARCH));
    assertEquals(List.of(market), figures.unitMeasures(scope(null, SampleCase.MARKET, null)));
  }

  @Test
  void supervisionActionsAreChargedToTheCasesLeadUnit() {
    assertEquals(
        Set.of(
            new SupervisionCount(
                SampleCase.HOUSING, UNITS.get(SampleCase.HOUSING), CaseEventType.URGE, 1),
            new SupervisionCount(
                SampleCase.MARKET, UNITS.get(SampleCase.MARKET), CaseEventType.ISSUE_NOTICE, 1)),
        new HashSet<>(figures.supervisionPerUnit(MARCH)));
    assertEquals(
        List.of(), figures.supervisionPerUnit(scope(SampleCase.DISTRICT, SampleCase.MARKET, null)));
  }

  @Test
  void theSamplesCoverRatingsThatDoNotCountAsContent() {
    // Guards the sample data: a dissatisfied rating is rated but not satisfied.
    assertNotEquals(
        figures.count(Figure.RATED, null, MARCH), figures.count(Figure.SATISFIED, null, MARCH));
    assertTrue(ALL.stream().anyMatch(s -> s.satisfaction == Satisfaction.DISSATISFIED));
  }

  private static List<SampleCase> expected(Figure figure) {
    return ALL.stream().filter(s -> s.counts.contains(figure)).toList();
  }

  private static Map<Figure, Long> expectedCounts(Figure base, List<Figure> parts) {
    Map<Figure, Long> counts = new EnumMap<>(Figure.class);
    counts.put(base, (long) expected(base).size());
    parts.forEach(part -> counts.put(part, (long) expected(part).size()));
    return counts;
  }

  private static FigureScope scope(Long district, Long unit, Long batch) {
    return new FigureScope(MARCH.from(), MARCH.to(), district, unit, MARCH.now(), batch);
  }

  private static void assertNarrowed(Figure figure, FigureScope scope, Predicate<SampleCase> in) {
    Set<Long> expected =
        expected(figure).stream().filter(in).map(s -> s.id).collect(Collectors.toSet());
    assertEquals(expected.size(), figures.count(figure, null, scope), scope.toString());
    assertEquals(
        expected, new HashSet<>(ids(figures.cases(figure, null, scope, 0, 100))), scope.toString());
  }

  private static void assertRows(
      Figure figure, Function<SampleCase, String> key, Function<SampleCase, String> label) {
    Map<String, Long> counts = expected(figure).stream().collect(groupingBy(key, counting()));
    Map<String, String> labels = new TreeMap<>();
    expected(figure).forEach(s -> labels.put(key.apply(s), label.apply(s)));
    List<KeyCount> rows = figures.breakdown(figure, MARCH);
    assertEquals(
        counts.keySet().stream()
            .map(k -> new KeyCount(k, labels.get(k), counts.get(k)))
            .collect(Collectors.toSet()),
        new HashSet<>(rows),
        figure.name());
    assertLargestFirst(rows);
  }

  private static void assertLargestFirst(List<KeyCount> rows) {
    for (int i = 1; i < rows.size(); i++) {
      assertTrue(rows.get(i - 1).count() >= rows.get(i).count(), rows.toString());
    }
  }

  private static Map<LocalDate, Long> perDay(
      Figure figure, Function<SampleCase, LocalDateTime> at) {
    return expected(figure).stream()
        .collect(groupingBy(s -> at.apply(s).toLocalDate(), counting()));
  }

  private static Map<LocalDate, Long> days(List<DayCount> series) {
    return series.stream().collect(Collectors.toMap(DayCount::day, DayCount::count));
  }

  private static List<Long> ids(List<CaseFile> cases) {
    return cases.stream().map(CaseFile::getId).toList();
  }
}
