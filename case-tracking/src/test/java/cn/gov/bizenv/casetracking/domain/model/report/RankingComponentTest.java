package cn.gov.bizenv.casetracking.domain.model.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A component's drill-down figures are the ones its value is computed from. */
class RankingComponentTest {
  private final UnitMeasures m = new UnitMeasures(1, "甲", 5, 4, 8, 6, 4, 3, 5, 1, 10, 1, 3);

  @Test
  void componentsFromDashboardFiguresNameThemAndTheirCounts() {
    assertEquals(Figure.REPLY_DUE, RankingComponent.ON_TIME_REPLY.base());
    assertEquals(Figure.ON_TIME, RankingComponent.ON_TIME_REPLY.part());
    assertArrayEquals(new long[] {8, 6}, RankingComponent.ON_TIME_REPLY.counts(m));
    assertEquals(Figure.RATED, RankingComponent.SATISFACTION.base());
    assertEquals(Figure.SATISFIED, RankingComponent.SATISFACTION.part());
    assertArrayEquals(new long[] {4, 3}, RankingComponent.SATISFACTION.counts(m));
    assertEquals(Figure.CLOSED_ONCE, RankingComponent.REOPEN.base());
    assertEquals(Figure.REOPENED, RankingComponent.REOPEN.part());
    assertArrayEquals(new long[] {5, 1}, RankingComponent.REOPEN.counts(m));
  }

  @Test
  void theCountsAreTheOnesTheComponentIsComputedFrom() {
    Map<RankingComponent, Double> values = RankingFormula.components(m);
    for (RankingComponent c :
        new RankingComponent[] {RankingComponent.ON_TIME_REPLY, RankingComponent.SATISFACTION}) {
      long[] n = c.counts(m);
      assertEquals(ReportFormulas.percent(n[1], n[0]), values.get(c), c.name());
    }
    long[] r = RankingComponent.REOPEN.counts(m);
    assertEquals(
        RankingFormula.round(100 - ReportFormulas.percent(r[1], r[0])),
        values.get(RankingComponent.REOPEN));
  }

  @Test
  void componentsWithoutAMatchingFigureHaveNoDrillDown() {
    for (RankingComponent c :
        new RankingComponent[] {
          RankingComponent.ON_TIME_SIGN_OFF, RankingComponent.RETURNED, RankingComponent.SUPERVISION
        }) {
      assertNull(c.base(), c.name());
      assertNull(c.part(), c.name());
      assertNull(c.counts(m), c.name());
    }
  }
}
