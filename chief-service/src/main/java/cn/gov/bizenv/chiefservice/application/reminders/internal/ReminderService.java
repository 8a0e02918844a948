package cn.gov.bizenv.chiefservice.application.reminders.internal;

import cn.gov.bizenv.casetracking.application.calendar.WorkingCalendar;
import cn.gov.bizenv.chiefservice.application.reminders.ReminderSweep;
import cn.gov.bizenv.chiefservice.application.reminders.Reminders;
import cn.gov.bizenv.chiefservice.domain.model.delivery.Delivery;
import cn.gov.bizenv.chiefservice.domain.model.firm.Firm;
import cn.gov.bizenv.chiefservice.domain.model.reminder.DeliveryReminderRule;
import cn.gov.bizenv.chiefservice.domain.model.reminder.ReminderRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reminder sweep walks undelivered pushes and overdue firms in id batches and raises what is
 * due through {@link ReminderRecorder}, one transaction per reminder; a reminder another server
 * raised first fails there on the unique constraint and is skipped. It runs from the platform's
 * timer without a caller ({@code @PermitAll}); the API offers it to administrators only.
 *
 * <p>The reminder rule is configuration: {@code PORTAL_DELIVERY_REMINDER_DAYS} (steps, default
 * {@code 5,10}; empty for none) and {@code PORTAL_DELIVERY_REMINDER_COUNTING} ({@code WORKING} days
 * on the official calendar, the default, or {@code CALENDAR} days).
 */
@Stateless
@PermitAll
public class ReminderService implements Reminders {
  static final int BATCH = 200;
  private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());

  @Inject ReminderRepository reminders;
  @Inject ReminderRecorder recorder;
  @Inject WorkingCalendar calendar;

  @Inject
  @ConfigProperty(name = "portal.delivery-reminder.days", defaultValue = "5,10")
  String reminderDays;

  @Inject
  @ConfigProperty(name = "portal.delivery-reminder.counting", defaultValue = "WORKING")
  String reminderCounting;

  private DeliveryReminderRule rule;

  @PostConstruct
  void readRule() {
    rule = DeliveryReminderRule.parse(reminderDays, reminderCounting);
  }

  @Override
  public ReminderSweep sweep(LocalDateTime asOf) {
    LocalDate today = asOf.toLocalDate();
    int[] deliveries = remindUndelivered(today);
    int[] firms = flagOverdueVisits(today);
    ReminderSweep result = new ReminderSweep(deliveries[0], deliveries[1], firms[0], firms[1]);
    if (result.remindersSent() + result.firmsFlagged() > 0) {
      LOG.info(() -> "reminder sweep: " + result);
    }
    return result;
  }

  /** Checked and reminded. */
  private int[] remindUndelivered(LocalDate today) {
    LocalDate latestPush = rule.latestPushWithDueSteps(today);
    int checked = 0;
    int sent = 0;
    if (latestPush == null) {
      return new int[] {0, 0};
    }
    long after = 0;
    for (List<Delivery> batch = reminders.undelivered(latestPush, after, BATCH);
        !batch.isEmpty();
        batch = reminders.undelivered(latestPush, after, BATCH)) {
      Map<Long, Set<String>> done =
          reminders.remindedSteps(batch.stream().map(Delivery::getId).toList());
      for (Delivery delivery : batch) {
        checked++;
        after = delivery.getId();
        Long officerId = delivery.getFirm().getOfficerId();
        if (officerId == null) {
          // Nobody to remind: the firm's next officer is reminded once they are assigned.
          continue;
        }
        Set<String> raised = done.getOrDefault(delivery.getId(), Set.of());
        for (Map.Entry<String, LocalDate> due :
            rule.dueSteps(delivery.getPushedOn(), today, calendar::addWorkingDays).entrySet()) {
          if (raised.contains(due.getKey())) {
            continue;
          }
          try {
            recorder.remindUndelivered(
                delivery.getId(),
                due.getKey(),
                due.getValue(),
                officerId,
                delivery.getPolicy().getTitle(),
                delivery.getFirm().getName());
            sent++;
          } catch (EJBException raisedElsewhere) {
            LOG.fine(
                () ->
                    "reminder "
                        + due.getKey()
                        + " of delivery "
                        + delivery.getId()
                        + " already raised");
          }
        }
      }
    }
    return new int[] {checked, sent};
  }

  /** Checked and flagged. */
  private int[] flagOverdueVisits(LocalDate today) {
    int checked = 0;
    int flagged = 0;
    long after = 0;
    for (List<Firm> batch = reminders.overdueServed(today, after, BATCH);
        !batch.isEmpty();
        batch = reminders.overdueServed(today, after, BATCH)) {
      Map<Long, Set<LocalDate>> done =
          reminders.flaggedDueDates(batch.stream().map(Firm::getId).toList());
      for (Firm firm : batch) {
        checked++;
        after = firm.getId();
        if (done.getOrDefault(firm.getId(), Set.of()).contains(firm.getNextVisitDue())) {
          continue;
        }
        try {
          recorder.flagOverdueVisit(
              firm.getId(), firm.getOfficerId(), firm.getNextVisitDue(), firm.getName());
          flagged++;
        } catch (EJBException raisedElsewhere) {
          LOG.fine(() -> "firm " + firm.getId() + " already flagged");
        }
      }
    }
    return new int[] {checked, flagged};
  }
}
