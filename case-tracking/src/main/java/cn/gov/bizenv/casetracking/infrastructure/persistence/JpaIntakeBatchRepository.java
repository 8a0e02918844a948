package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.intake.IntakeBatch;
import cn.gov.bizenv.casetracking.domain.model.intake.IntakeBatchRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Imported batches in the relational database. */
@ApplicationScoped
public class JpaIntakeBatchRepository implements IntakeBatchRepository {
  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Override
  public void add(IntakeBatch batch) {
    em.persist(batch);
    batch.assignNumber();
    em.flush();
  }

  @Override
  public Optional<IntakeBatch> find(long id) {
    return Optional.ofNullable(em.find(IntakeBatch.class, id));
  }

  @Override
  public List<IntakeBatch> recent(int limit) {
    return em.createQuery(
            "select b from IntakeBatch b order by b.importedAt desc, b.id desc", IntakeBatch.class)
        .setMaxResults(limit)
        .getResultList();
  }
}
