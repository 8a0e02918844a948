package cn.gov.bizenv.casetracking.application.reports;

import cn.gov.bizenv.casetracking.domain.model.report.UnitMeasures;
import java.util.Map;

/**
 * One unit in the ranking (components keyed by {@code RankingComponent} name): its place (1 = best;
 * units without a score come last, unplaced), score, the components it was scored on, the previous
 * period's score and the change (null when either is missing), and the counts behind it.
 */
public record RankingRow(
    Integer place,
    long unitId,
    String unitName,
    Double score,
    Map<String, Double> components,
    Double previousScore,
    Double trend,
    UnitMeasures measures) {}
