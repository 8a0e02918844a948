package cn.gov.bizenv.casetracking.domain.model.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MonthlyFiguresTest {
  @Test
  void ratesArePercentagesOfTheirOwnBase() {
    MonthlyFigures figures = new MonthlyFigures("城乡建设", 10, 8, 6, 5, 3, 2);
    assertEquals(83.3, figures.onTimeRate());
    assertEquals(66.7, figures.satisfactionRate());
  }

  @Test
  void noBaseMeansNoRate() {
    MonthlyFigures figures = new MonthlyFigures(null, 2, 0, 0, 0, 0, 0);
    assertNull(figures.onTimeRate());
    assertNull(figures.satisfactionRate());
  }

  @Test
  void linesAddUpToTheTotal() {
    MonthlyFigures total =
        new MonthlyFigures("a", 1, 1, 1, 1, 1, 1).plus(new MonthlyFigures("b", 2, 2, 1, 0, 1, 0));
    assertEquals(new MonthlyFigures(null, 3, 3, 2, 1, 2, 1), total);
    assertEquals(50.0, total.onTimeRate());
  }
}
