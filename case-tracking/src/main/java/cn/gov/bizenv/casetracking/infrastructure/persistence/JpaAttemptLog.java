package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.attempt.AttemptLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * Attempts as plain rows of the {@code attempt} table (no entity: they are only inserted, counted
 * and deleted), read through the (purpose, subject, time) index.
 */
@ApplicationScoped
public class JpaAttemptLog implements AttemptLog {
  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Override
  public void record(String purpose, String subject, LocalDateTime at) {
    em.createNativeQuery("INSERT INTO attempt (purpose, subject, attempted_at) VALUES (?1, ?2, ?3)")
        .setParameter(1, purpose)
        .setParameter(2, subject)
        .setParameter(3, Timestamp.valueOf(at))
        .executeUpdate();
  }

  @Override
  public long countSince(String purpose, String subject, LocalDateTime since) {
    Object count =
        em.createNativeQuery(
                "SELECT COUNT(*) FROM attempt WHERE purpose = ?1 AND subject = ?2 AND attempted_at"
                    + " > ?3")
            .setParameter(1, purpose)
            .setParameter(2, subject)
            .setParameter(3, Timestamp.valueOf(since))
            .getSingleResult();
    return ((Number) count).longValue();
  }

  @Override
  public LocalDateTime oldestSince(String purpose, String subject, LocalDateTime since) {
    Object oldest =
        em.createNativeQuery(
                "SELECT MIN(attempted_at) FROM attempt WHERE purpose = ?1 AND subject = ?2 AND"
                    + " attempted_at > ?3")
            .setParameter(1, purpose)
            .setParameter(2, subject)
            .setParameter(3, Timestamp.valueOf(since))
            .getSingleResult();
    if (oldest instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime();
    }
    return oldest instanceof LocalDateTime time ? time : null;
  }

  @Override
  public void forget(String purpose, String subject) {
    em.createNativeQuery("DELETE FROM attempt WHERE purpose = ?1 AND subject = ?2")
        .setParameter(1, purpose)
        .setParameter(2, subject)
        .executeUpdate();
  }

  @Override
  public int purgeBefore(LocalDateTime before) {
    return em.createNativeQuery("DELETE FROM attempt WHERE attempted_at < ?1")
        .setParameter(1, Timestamp.valueOf(before))
        .executeUpdate();
  }
}
