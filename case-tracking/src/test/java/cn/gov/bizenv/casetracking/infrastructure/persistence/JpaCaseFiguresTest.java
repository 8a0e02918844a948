package cn.gov.bizenv.casetracking.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.model.report.FigureScope;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The figure definitions: well-formed, bound exactly, and nested as documented. */
class JpaCaseFiguresTest {
  private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z]+)");
  private final FigureScope scope =
      new FigureScope(
          LocalDate.of(2026, 3, 1),
          LocalDate.of(2026, 3, 31),
          7L,
          9L,
          LocalDateTime.of(2026, 4, 2, 10, 0),
          5L);

  @Test
  void everyParameterOfEveryFigureIsBoundAndNoneIsExtra() {
    for (Figure figure : Figure.values()) {
      String key = figure.keyed() ? keyFor(figure) : null;
      JpaCaseFigures.Condition condition = JpaCaseFigures.condition(figure, key, scope);
      Set<String> used = new TreeSet<>();
      Matcher m = PARAMETER.matcher(condition.where());
      while (m.find()) {
        used.add(m.group(1));
      }
      assertEquals(used, new TreeSet<>(condition.parameters().keySet()), figure.name());
    }
  }

  @Test
  void subsetsRepeatTheirBase() {
    String base = JpaCaseFigures.condition(Figure.REPLY_DUE, null, scope).where();
    assertTrue(
        JpaCaseFigures.condition(Figure.ON_TIME, null, scope)
            .where()
            .startsWith(base.split(" and c.concernedUnit")[0]));
    assertTrue(
        JpaCaseFigures.condition(Figure.LATE, null, scope)
            .where()
            .startsWith(base.split(" and c.concernedUnit")[0]));
    String received =
        JpaCaseFigures.condition(Figure.RECEIVED, null, scope)
            .where()
            .split(" and c.concernedUnit")[0];
    for (Figure f :
        new Figure[] {
          Figure.RATED, Figure.SATISFIED, Figure.CLOSED_ONCE, Figure.REOPENED, Figure.CHANNEL
        }) {
      assertTrue(JpaCaseFigures.condition(f, null, scope).where().startsWith(received), f.name());
    }
  }

  @Test
  void overdueCasesAreListedLongestOverdueFirstAndEveryOtherListNewestFirst() {
    for (Figure figure : Figure.values()) {
      assertEquals(
          figure == Figure.OVERDUE ? "c.replyDue asc, c.id asc" : "c.receivedAt desc, c.id desc",
          JpaCaseFigures.order(figure),
          figure.name());
    }
  }

  @Test
  void everyFigureCountsADateItsClauseLimitsToThePeriod() {
    // count(date) equals the number of rows only because the clause requires the date in the
    // period.
    for (Figure figure : Figure.values()) {
      String where = JpaCaseFigures.condition(figure, null, scope).where();
      String counted = JpaCaseFigures.counted(figure);
      assertTrue(where.contains(counted + " >= :start and " + counted + " < :end"), figure.name());
    }
  }

  @Test
  void scopeLimitsDistrictAndLeadUnit() {
    JpaCaseFigures.Condition c = JpaCaseFigures.condition(Figure.RECEIVED, null, scope);
    assertTrue(c.where().contains("c.concernedUnit.id = :scopeDistrict"));
    assertTrue(c.where().contains("c.leadUnit.id = :scopeUnit"));
    assertEquals(7L, c.parameters().get("scopeDistrict"));
    assertEquals(9L, c.parameters().get("scopeUnit"));
  }

  @Test
  void batchNarrowsEveryFigureWithTheSamePredicate() {
    FigureScope batch = new FigureScope(scope.from(), scope.to(), null, null, scope.now(), 42L);
    FigureScope none = new FigureScope(scope.from(), scope.to(), null, null, scope.now());
    for (Figure figure : Figure.values()) {
      JpaCaseFigures.Condition plain = JpaCaseFigures.condition(figure, null, none);
      JpaCaseFigures.Condition c = JpaCaseFigures.condition(figure, null, batch);
      // The figure's own clause is unchanged; only the batch is appended.
      assertEquals(plain.where() + " and c.batch.id = :scopeBatch", c.where(), figure.name());
      assertEquals(42L, c.parameters().get("scopeBatch"));
    }
    assertTrue(!JpaCaseFigures.condition(Figure.RECEIVED, null, none).where().contains("batch"));
  }

  @Test
  void previousPeriodKeepsTheBatch() {
    FigureScope batch = new FigureScope(scope.from(), scope.to(), null, null, scope.now(), 42L);
    assertEquals(42L, batch.previous().batchId());
  }

  @Test
  void categoryKeyIsASubtreeAndMalformedKeysAreRefused() {
    JpaCaseFigures.Condition c = JpaCaseFigures.condition(Figure.CATEGORY, "01.02", scope);
    assertEquals("01.02.%", c.parameters().get("keyPrefix"));
    assertThrows(
        IllegalArgumentException.class,
        () -> JpaCaseFigures.condition(Figure.CATEGORY, "0%", scope));
    assertThrows(
        IllegalArgumentException.class,
        () -> JpaCaseFigures.condition(Figure.CHANNEL, "FAX", scope));
    assertThrows(
        IllegalArgumentException.class,
        () -> JpaCaseFigures.condition(Figure.LEAD_UNIT, "x", scope));
  }

  private static String keyFor(Figure figure) {
    return switch (figure) {
      case CHANNEL -> "NETIZEN_MESSAGE";
      case STATUS -> "CLOSED";
      case CATEGORY -> "01";
      default -> "12";
    };
  }
}
