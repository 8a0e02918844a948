package cn.gov.bizenv.casetracking.application.reports;

import java.util.List;

/** The unit ranking of a period with the weights it was computed with. */
public record UnitRanking(ReportPeriod period, List<WeightView> weights, List<RankingRow> rows) {}
