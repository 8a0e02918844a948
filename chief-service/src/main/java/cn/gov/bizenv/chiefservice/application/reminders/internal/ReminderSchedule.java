package cn.gov.bizenv.chiefservice.application.reminders.internal;

import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.chiefservice.application.reminders.Reminders;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sweeps for due reminders every hour on every server (reminders count whole days, so an hour is
 * soon enough). Running on several servers at once is safe: each reminder is raised once, enforced
 * by the database (see ReminderRecorder), as case tracking's SupervisionSchedule does.
 */
@Singleton
@PermitAll
public class ReminderSchedule {
  private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

  @Inject Reminders reminders;
  @Inject PortalClock clock;

  @Schedule(minute = "5", hour = "*", persistent = false)
  void sweep() {
    try {
      reminders.sweep(clock.now());
    } catch (RuntimeException failed) {
      // The next sweep tries again; nothing is lost because reminders are raised from the dates.
      LOG.log(Level.WARNING, "reminder sweep failed", failed);
    }
  }
}
