package cn.gov.bizenv.chiefservice.infrastructure.persistence;

import cn.gov.bizenv.chiefservice.domain.model.delivery.Delivery;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryState;
import cn.gov.bizenv.chiefservice.domain.model.firm.Firm;
import cn.gov.bizenv.chiefservice.domain.model.reminder.DeliveryReminder;
import cn.gov.bizenv.chiefservice.domain.model.reminder.OverdueVisitFlag;
import cn.gov.bizenv.chiefservice.domain.model.reminder.ReminderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reminders in the relational database; the sweep's candidates are read in id batches through the
 * (state, pushed_on) and (next_visit_due, id) indexes.
 */
@ApplicationScoped
public class JpaReminderRepository implements ReminderRepository {
  @PersistenceContext(unitName = "chiefservice")
  EntityManager em;

  @Override
  public void addNow(DeliveryReminder reminder) {
    em.persist(reminder);
    em.flush();
  }

  @Override
  public void addNow(OverdueVisitFlag flag) {
    em.persist(flag);
    em.flush();
  }

  @Override
  public List<Delivery> undelivered(LocalDate pushedOnOrBefore, long afterId, int limit) {
    return em.createQuery(
            "select d from Delivery d join fetch d.policy join fetch d.firm where d.state = :state"
                + " and d.pushedOn <= :day and d.id > :after order by d.id",
            Delivery.class)
        .setParameter("state", DeliveryState.PUSHED)
        .setParameter("day", pushedOnOrBefore)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Map<Long, Set<String>> remindedSteps(Collection<Long> deliveryIds) {
    Map<Long, Set<String>> steps = new HashMap<>();
    if (!deliveryIds.isEmpty()) {
      em.createQuery(
              "select r.deliveryId, r.step from DeliveryReminder r where r.deliveryId in :ids",
              Object[].class)
          .setParameter("ids", deliveryIds)
          .getResultList()
          .forEach(
              row ->
                  steps.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((String) row[1]));
    }
    return steps;
  }

  @Override
  public List<Firm> overdueServed(LocalDate today, long afterId, int limit) {
    return em.createQuery(
            "select f from Firm f where f.officerId is not null and f.nextVisitDue < :today"
                + " and f.id > :after order by f.id",
            Firm.class)
        .setParameter("today", today)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Map<Long, Set<LocalDate>> flaggedDueDates(Collection<Long> firmIds) {
    Map<Long, Set<LocalDate>> flagged = new HashMap<>();
    if (!firmIds.isEmpty()) {
      em.createQuery(
              "select f.firmId, f.dueOn from OverdueVisitFlag f where f.firmId in :ids",
              Object[].class)
          .setParameter("ids", firmIds)
          .getResultList()
          .forEach(
              row ->
                  flagged
                      .computeIfAbsent((Long) row[0], id -> new HashSet<>())
                      .add((LocalDate) row[1]));
    }
    return flagged;
  }
}
