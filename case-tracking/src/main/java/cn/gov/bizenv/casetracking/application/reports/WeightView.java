package cn.gov.bizenv.casetracking.application.reports;

import cn.gov.bizenv.casetracking.domain.model.report.RankingComponent;

/** A ranking weight as shown and edited; {@code version} guards against lost updates. */
public record WeightView(RankingComponent component, int weight, long version) {}
