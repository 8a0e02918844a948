package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.attachment.Attachment;
import cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentOwner;
import cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Attachments' metadata in the relational database, indexed by owner. */
@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {
  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Override
  public void add(Attachment attachment) {
    em.persist(attachment);
  }

  @Override
  public Optional<Attachment> find(long id) {
    return Optional.ofNullable(em.find(Attachment.class, id));
  }

  @Override
  public List<Attachment> ofOwner(AttachmentOwner owner, long ownerId) {
    return em.createQuery(
            "select a from Attachment a where a.owner = :owner and a.ownerId = :ownerId"
                + " order by a.id",
            Attachment.class)
        .setParameter("owner", owner)
        .setParameter("ownerId", ownerId)
        .getResultList();
  }

  @Override
  public long count(AttachmentOwner owner, long ownerId) {
    return em.createQuery(
            "select count(a) from Attachment a where a.owner = :owner and a.ownerId = :ownerId",
            Long.class)
        .setParameter("owner", owner)
        .setParameter("ownerId", ownerId)
        .getSingleResult();
  }
}
