package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseWatcher;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseWatcherRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Case watchers in the relational database, read through the (case, username) unique index. */
@ApplicationScoped
public class JpaCaseWatcherRepository implements CaseWatcherRepository {
  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Override
  public void add(CaseWatcher watcher) {
    em.persist(watcher);
  }

  @Override
  public List<String> watchers(long caseId) {
    return em.createQuery(
            "select w.username from CaseWatcher w where w.caseId = :caseId order by w.since, w.id",
            String.class)
        .setParameter("caseId", caseId)
        .getResultList();
  }
}
