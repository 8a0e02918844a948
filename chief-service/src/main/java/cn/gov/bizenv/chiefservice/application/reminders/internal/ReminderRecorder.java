package cn.gov.bizenv.chiefservice.application.reminders.internal;

import cn.gov.bizenv.casetracking.application.notifications.AccountNotifications;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.chiefservice.domain.model.reminder.DeliveryReminder;
import cn.gov.bizenv.chiefservice.domain.model.reminder.DeliveryReminderRule;
import cn.gov.bizenv.chiefservice.domain.model.reminder.OverdueVisitFlag;
import cn.gov.bizenv.chiefservice.domain.model.reminder.ReminderRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * Raises one reminder in a transaction of its own, as case tracking's SupervisionStepRecorder does:
 * the reminder's row first, so that a second server raising the same one fails on the unique
 * constraint before anyone is told; then the notifications.
 *
 * <p>Called only by {@link ReminderService}, whose sweep runs from the platform's timer without a
 * caller; hence {@code @PermitAll} (a local bean with no web or remote entry point).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReminderRecorder {
  @Inject ReminderRepository reminders;
  @Inject AccountNotifications notifications;
  @Inject PortalClock clock;

  /** Reminds the firm's officer that the policy has not reached the firm after the step. */
  public void remindUndelivered(
      long deliveryId,
      String step,
      LocalDate dueOn,
      long officerId,
      String policyTitle,
      String firmName) {
    reminders.addNow(new DeliveryReminder(deliveryId, step, dueOn, clock.now()));
    String days = String.valueOf(DeliveryReminderRule.daysOf(step));
    String key = "notice.delivery.undelivered." + step.substring(step.indexOf('_') + 1);
    notifications.notifyAccount(officerId, key, List.of(policyTitle, firmName, days));
  }

  /** Flags the firm, whose visit was due on {@code dueOn}, to its officer and their leaders. */
  public void flagOverdueVisit(long firmId, long officerId, LocalDate dueOn, String firmName) {
    reminders.addNow(new OverdueVisitFlag(firmId, officerId, dueOn, clock.now()));
    notifications.notifyAccount(
        officerId, "notice.firm.visitOverdue", List.of(firmName, dueOn.toString()));
    notifications.notifyLeadersOf(
        officerId, "notice.firm.visitOverdue.leader", List.of(firmName, dueOn.toString()));
  }
}
