package cn.gov.bizenv.chiefservice.domain.model.reminder;

import cn.gov.bizenv.chiefservice.domain.model.delivery.Delivery;
import cn.gov.bizenv.chiefservice.domain.model.firm.Firm;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Stores raised reminders and finds, batch by batch, what the reminder sweep must look at. */
public interface ReminderRepository {
  /** Inserts at once, so that a second server raising the same reminder fails here. */
  void addNow(DeliveryReminder reminder);

  /** Inserts at once, so that a second server flagging the same firm fails here. */
  void addNow(OverdueVisitFlag flag);

  /** Deliveries still 已推送, pushed on or before the day, with id above {@code afterId}, by id. */
  List<Delivery> undelivered(LocalDate pushedOnOrBefore, long afterId, int limit);

  /** The reminder steps already raised for each of the deliveries that has any. */
  Map<Long, Set<String>> remindedSteps(Collection<Long> deliveryIds);

  /**
   * Served firms whose visit was due before {@code today}, with id above {@code afterId}, by id.
   */
  List<Firm> overdueServed(LocalDate today, long afterId, int limit);

  /** The due dates already flagged for each of the firms that has any. */
  Map<Long, Set<LocalDate>> flaggedDueDates(Collection<Long> firmIds);
}
