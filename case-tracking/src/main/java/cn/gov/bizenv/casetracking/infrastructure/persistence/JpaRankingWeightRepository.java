package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.report.RankingWeight;
import cn.gov.bizenv.casetracking.domain.model.report.RankingWeightRepository;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Ranking weights in the relational database (six rows). */
@ApplicationScoped
public class JpaRankingWeightRepository implements RankingWeightRepository {
  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Override
  public List<RankingWeight> all() {
    return em.createQuery("select w from RankingWeight w order by w.component", RankingWeight.class)
        .getResultList();
  }

  @Override
  public void save(List<RankingWeight> weights) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw ConflictException.staleVersion();
    }
  }
}
