package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.supervision.SupervisionStep;
import cn.gov.bizenv.casetracking.domain.model.supervision.SupervisionStepRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;

/** Supervision steps in the relational database. */
@ApplicationScoped
public class JpaSupervisionStepRepository implements SupervisionStepRepository {
  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Override
  public void addNow(SupervisionStep step) {
    em.persist(step);
    // Insert at once: a second server raising the same step fails here, before any side effect.
    em.flush();
  }

  @Override
  public Set<String> raised(long caseId, int clockRound) {
    return new HashSet<>(
        em.createQuery(
                "select s.step from SupervisionStep s where s.caseId = :caseId and s.clockRound ="
                    + " :round",
                String.class)
            .setParameter("caseId", caseId)
            .setParameter("round", clockRound)
            .getResultList());
  }
}
