package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.domain.model.notification.Notification;
import cn.gov.bizenv.casetracking.domain.model.notification.NotificationRepository;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Notifications in the relational database, read through the (recipient, read, time) index. */
@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {
  @PersistenceContext(unitName = "casetracking")
  EntityManager em;

  @Override
  public void add(Notification notification) {
    em.persist(notification);
  }

  @Override
  public Optional<Notification> find(long id) {
    return Optional.ofNullable(em.find(Notification.class, id));
  }

  @Override
  public List<Notification> forRecipient(String recipient, PageRequest page) {
    return em.createQuery(
            "select n from Notification n where n.recipient = :recipient order by n.createdAt desc,"
                + " n.id desc",
            Notification.class)
        .setParameter("recipient", recipient)
        .setFirstResult(page.offset())
        .setMaxResults(page.limit())
        .getResultList();
  }

  @Override
  public long countForRecipient(String recipient) {
    return em.createQuery(
            "select count(n) from Notification n where n.recipient = :recipient", Long.class)
        .setParameter("recipient", recipient)
        .getSingleResult();
  }

  @Override
  public long countUnread(String recipient) {
    return em.createQuery(
            "select count(n) from Notification n where n.recipient = :recipient and n.readAt is"
                + " null",
            Long.class)
        .setParameter("recipient", recipient)
        .getSingleResult();
  }

  @Override
  public int markAllRead(String recipient, LocalDateTime at) {
    return em.createQuery(
            "update Notification n set n.readAt = :at where n.recipient = :recipient and n.readAt"
                + " is null")
        .setParameter("at", at)
        .setParameter("recipient", recipient)
        .executeUpdate();
  }
}
