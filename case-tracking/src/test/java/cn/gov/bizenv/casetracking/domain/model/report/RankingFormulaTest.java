package cn.gov.bizenv.casetracking.domain.model.report;

import static cn.gov.bizenv.casetracking.domain.model.report.RankingComponent.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingFormulaTest {
  static final Map<RankingComponent, Integer> WEIGHTS =
      Map.of(
          ON_TIME_SIGN_OFF,
          15,
          ON_TIME_REPLY,
          30,
          SATISFACTION,
          25,
          REOPEN,
          10,
          RETURNED,
          10,
          SUPERVISION,
          10);

  @Test
  void everyComponentFromItsCounts() {
    // 4 of 5 signed on time, 3 of 4 replied on time, 1 of 2 satisfied, 1 of 4 reopened,
    // 10 dispatched with 1 return and 3 supervision actions.
    UnitMeasures m = new UnitMeasures(1, "甲", 5, 4, 4, 3, 2, 1, 4, 1, 10, 1, 3);
    Map<RankingComponent, Double> c = RankingFormula.components(m);
    assertEquals(
        Map.of(
            ON_TIME_SIGN_OFF,
            80.0,
            ON_TIME_REPLY,
            75.0,
            SATISFACTION,
            50.0,
            REOPEN,
            75.0,
            RETURNED,
            90.0,
            SUPERVISION,
            70.0),
        c);
    // (15·80 + 30·75 + 25·50 + 10·75 + 10·90 + 10·70) / 100 = 70.5
    assertEquals(70.5, RankingFormula.score(c, WEIGHTS));
  }

  @Test
  void componentsWithoutABaseAreLeftOutAndTheOtherWeightsScaleUp() {
    // Only replies: 1 of 2 on time; nothing dispatched in the period, nothing rated or closed.
    UnitMeasures m = new UnitMeasures(1, "乙", 0, 0, 2, 1, 0, 0, 0, 0, 0, 0, 0);
    Map<RankingComponent, Double> c = RankingFormula.components(m);
    assertEquals(Map.of(ON_TIME_REPLY, 50.0), c);
    assertEquals(50.0, RankingFormula.score(c, WEIGHTS));
    assertNull(RankingFormula.score(Map.of(), WEIGHTS));
    assertNull(RankingFormula.score(c, Map.of(ON_TIME_REPLY, 0)), "only zero weights: no score");
  }

  @Test
  void manyActionsPerCaseFloorAtZero() {
    UnitMeasures m = new UnitMeasures(1, "丙", 0, 0, 0, 0, 0, 0, 0, 0, 2, 5, 9);
    Map<RankingComponent, Double> c = RankingFormula.components(m);
    assertEquals(0.0, c.get(RETURNED));
    assertEquals(0.0, c.get(SUPERVISION));
  }

  @Test
  void weightsStayWithinRange() {
    assertThrows(IllegalArgumentException.class, () -> new RankingWeight(REOPEN, 101));
    assertThrows(IllegalArgumentException.class, () -> new RankingWeight(REOPEN, -1));
    assertEquals(0, new RankingWeight(REOPEN, 0).getWeight());
  }
}
