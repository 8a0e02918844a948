package cn.gov.bizenv.casetracking.application.tasks.internal;

import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.application.tasks.TaskSupervision;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sweeps the tasks every ten minutes on every server, like the cases' supervision. Running on
 * several servers at once is safe: each step is raised once, enforced by the database.
 */
@Singleton
@PermitAll
public class TaskSweepSchedule {
  private static final Logger LOG = Logger.getLogger(TaskSweepSchedule.class.getName());

  @Inject TaskSupervision supervision;
  @Inject PortalClock clock;

  @Schedule(minute = "5/10", hour = "*", persistent = false)
  void sweep() {
    try {
      supervision.sweep(clock.now());
    } catch (RuntimeException failed) {
      // The next sweep tries again; steps are raised from the dates, so nothing is lost.
      LOG.log(Level.WARNING, "task sweep failed", failed);
    }
  }
}
