package cn.gov.bizenv.casetracking.domain.model.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Suggests the lead unit: for each likely category, where its past messages went, with the
 * administrator's default unit for it counted as {@value #DEFAULT_WEIGHT} such messages (so that it
 * decides while history is thin and yields once history says otherwise), weighted by the category's
 * probability; the concerned unit adds a small prior. Scores sum to 1.
 */
public final class UnitRouting {
  static final double DEFAULT_WEIGHT = 3.0;
  static final double CONCERNED_PRIOR = 0.05;
  static final int CATEGORIES_CONSIDERED = 10;

  private UnitRouting() {}

  /** Why a unit is suggested. */
  public enum Basis {
    /**
     * Messages of the category went to it: {@code similar} of them, {@code toUnit} to this unit.
     */
    HISTORY,
    /** It is the administrator's default unit for the category. */
    DEFAULT_UNIT,
    /** It is the unit the message is about. */
    CONCERNED_UNIT
  }

  /**
   * A suggested unit.
   *
   * @param categoryId the category that speaks most for it (null for {@link Basis#CONCERNED_UNIT})
   * @param similar messages of that category with a known lead unit
   * @param toUnit of them, led by this unit
   */
  public record RoutedUnit(
      long unitId, double score, Basis basis, Long categoryId, int similar, int toUnit) {}

  /**
   * @param categories likely categories with their probability (any level, the finest known)
   * @param defaults the default unit of a category for this message's district, if one is set
   * @param concernedUnitId the unit the message is about, if known
   */
  public static List<RoutedUnit> route(
      RoutingModel model,
      List<ScoredLabel> categories,
      Function<Long, Optional<Long>> defaults,
      Long concernedUnitId,
      int max) {
    Map<Long, Double> scores = new HashMap<>();
    Map<Long, Double> strongest = new HashMap<>();
    Map<Long, RoutedUnit> why = new HashMap<>();
    for (ScoredLabel category :
        categories.subList(0, Math.min(CATEGORIES_CONSIDERED, categories.size()))) {
      Map<Long, Integer> counts = model.unitsOf(category.label());
      int similar = counts.values().stream().mapToInt(Integer::intValue).sum();
      Optional<Long> byDefault = defaults.apply(category.label());
      double denominator = similar + (byDefault.isPresent() ? DEFAULT_WEIGHT : 0);
      if (denominator == 0) {
        continue;
      }
      for (Map.Entry<Long, Integer> unit : counts.entrySet()) {
        double part = category.score() * unit.getValue() / denominator;
        add(
            scores,
            strongest,
            why,
            unit.getKey(),
            part,
            new RoutedUnit(
                unit.getKey(), 0, Basis.HISTORY, category.label(), similar, unit.getValue()));
      }
      byDefault.ifPresent(
          unit -> {
            double part = category.score() * DEFAULT_WEIGHT / denominator;
            add(
                scores,
                strongest,
                why,
                unit,
                part,
                new RoutedUnit(
                    unit,
                    0,
                    Basis.DEFAULT_UNIT,
                    category.label(),
                    similar,
                    counts.getOrDefault(unit, 0)));
          });
    }
    if (concernedUnitId != null) {
      double prior = scores.isEmpty() ? 1.0 : CONCERNED_PRIOR;
      add(
          scores,
          strongest,
          why,
          concernedUnitId,
          prior,
          new RoutedUnit(concernedUnitId, 0, Basis.CONCERNED_UNIT, null, 0, 0));
    }
    double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
    List<RoutedUnit> routed = new ArrayList<>();
    scores.forEach(
        (unit, score) -> {
          RoutedUnit reason = why.get(unit);
          routed.add(
              new RoutedUnit(
                  unit,
                  score / total,
                  reason.basis(),
                  reason.categoryId(),
                  reason.similar(),
                  reason.toUnit()));
        });
    routed.sort(
        Comparator.comparingDouble(RoutedUnit::score)
            .reversed()
            .thenComparingLong(RoutedUnit::unitId));
    return routed.subList(0, Math.min(max, routed.size()));
  }

  // A unit's reason is the single contribution that weighed most for it.
  private static void add(
      Map<Long, Double> scores,
      Map<Long, Double> strongest,
      Map<Long, RoutedUnit> why,
      long unit,
      double part,
      RoutedUnit reason) {
    scores.merge(unit, part, Double::sum);
    if (part > strongest.getOrDefault(unit, -1.0)) {
      strongest.put(unit, part);
      why.put(unit, reason);
    }
  }
}
