package cn.gov.bizenv.casetracking.domain.model.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 满意率 has one definition: 基本满意 and above, every rating that is not a 差评. */
class SatisfactionTest {
  @Test
  void theTopThreeLevelsCountAsSatisfiedAndTheBottomTwoAreBad() {
    assertEquals(
        List.of(Satisfaction.NEUTRAL, Satisfaction.SATISFIED, Satisfaction.VERY_SATISFIED),
        Satisfaction.satisfied());
    for (Satisfaction rating : Satisfaction.values()) {
      assertEquals(rating.level() >= 3, rating.isSatisfied(), rating.name());
      assertEquals(!rating.isSatisfied(), rating.isBad(), rating.name());
    }
  }
}
