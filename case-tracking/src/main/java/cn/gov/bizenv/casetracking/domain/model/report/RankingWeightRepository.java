package cn.gov.bizenv.casetracking.domain.model.report;

import java.util.List;

/** The ranking weights, one per component. */
public interface RankingWeightRepository {
  List<RankingWeight> all();

  /** Saves changed weights; a stale version is a conflict. */
  void save(List<RankingWeight> weights);
}
