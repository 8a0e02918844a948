package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.mailbox.MailboxLetter;
import cn.gov.bizenv.casetracking.domain.model.mailbox.MailboxLetterRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Letters in the relational database, found through their case's unique tracking number. */
@ApplicationScoped
public class JpaMailboxLetterRepository implements MailboxLetterRepository {
  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Override
  public void add(MailboxLetter letter) {
    em.persist(letter);
  }

  @Override
  public Optional<MailboxLetter> findByTrackingNumber(String trackingNumber) {
    return em.createQuery(
            "select l from MailboxLetter l join fetch l.caseFile c"
                + " where c.trackingNumber = :number",
            MailboxLetter.class)
        .setParameter("number", trackingNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<MailboxLetter> findByCaseId(long caseId) {
    return em.createQuery(
            "select l from MailboxLetter l where l.caseFile.id = :caseId", MailboxLetter.class)
        .setParameter("caseId", caseId)
        .getResultStream()
        .findFirst();
  }
}
