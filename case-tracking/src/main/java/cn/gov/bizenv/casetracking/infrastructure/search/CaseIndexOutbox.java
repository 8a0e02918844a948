package cn.gov.bizenv.casetracking.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;

/**
 * Writes that a case changed into the search index's outbox, in the caller's transaction: the entry
 * commits with the change or not at all, so a server stopped right after the commit loses nothing,
 * its replay picks the entry up.
 */
@ApplicationScoped
public class CaseIndexOutbox {
  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  public void changed(long caseId) {
    em.createNativeQuery("INSERT INTO case_index_change (case_id, changed_at) VALUES (?1, ?2)")
        .setParameter(1, caseId)
        .setParameter(2, LocalDateTime.now())
        .executeUpdate();
  }
}
