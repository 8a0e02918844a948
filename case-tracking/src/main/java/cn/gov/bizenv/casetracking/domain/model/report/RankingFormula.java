package cn.gov.bizenv.casetracking.domain.model.report;

import java.util.EnumMap;
import java.util.Map;

/**
 * The ranking score of a unit: score = Σ wᵢ·sᵢ / Σ wᵢ over the components i whose base is not
 * empty, where each sᵢ is 0–100 (see {@link RankingComponent}) and wᵢ its configured weight. A
 * component without a base (say, no rated case) is left out and the others' weights are scaled up,
 * so that a unit is judged on what it did; a unit with no component at all has no score. Scores and
 * components are rounded to one decimal.
 */
public final class RankingFormula {
  private RankingFormula() {}

  /** The component values of a unit (absent: no base). */
  public static Map<RankingComponent, Double> components(UnitMeasures m) {
    Map<RankingComponent, Double> c = new EnumMap<>(RankingComponent.class);
    put(
        c,
        RankingComponent.ON_TIME_SIGN_OFF,
        ReportFormulas.percent(m.signedOnTime(), m.signOffDue()));
    put(c, RankingComponent.ON_TIME_REPLY, ReportFormulas.percent(m.repliedOnTime(), m.replyDue()));
    put(c, RankingComponent.SATISFACTION, ReportFormulas.percent(m.satisfied(), m.rated()));
    Double reopenRate = ReportFormulas.percent(m.reopened(), m.closedOnce());
    put(c, RankingComponent.REOPEN, reopenRate == null ? null : round(100 - reopenRate));
    if (m.dispatched() > 0) {
      c.put(
          RankingComponent.RETURNED,
          round(Math.max(0, 100 - 100.0 * m.returned() / m.dispatched())));
      c.put(
          RankingComponent.SUPERVISION,
          round(Math.max(0, 100 - 100.0 * m.supervisionActions() / m.dispatched())));
    }
    return c;
  }

  /** The weighted score, or null when no component has a base or every weight present is 0. */
  public static Double score(
      Map<RankingComponent, Double> components, Map<RankingComponent, Integer> weights) {
    double sum = 0;
    int weightSum = 0;
    for (Map.Entry<RankingComponent, Double> e : components.entrySet()) {
      int w = weights.getOrDefault(e.getKey(), 0);
      sum += w * e.getValue();
      weightSum += w;
    }
    return weightSum == 0 ? null : round(sum / weightSum);
  }

  private static void put(Map<RankingComponent, Double> c, RankingComponent k, Double v) {
    if (v != null) {
      c.put(k, v);
    }
  }

  static double round(double v) {
    return Math.round(v * 10.0) / 10.0;
  }
}
