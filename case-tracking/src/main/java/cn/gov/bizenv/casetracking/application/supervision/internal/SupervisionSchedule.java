package cn.gov.bizenv.casetracking.application.supervision.internal;

import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.application.supervision.Supervision;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sweeps for due supervision steps every ten minutes on every server. Running on several servers at
 * once is safe: each step is raised once, enforced by the database (see SupervisionStepRecorder).
 */
@Singleton
@PermitAll
public class SupervisionSchedule {
  private static final Logger LOG = Logger.getLogger(SupervisionSchedule.class.getName());

  @Inject Supervision supervision;
  @Inject PortalClock clock;

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  void sweep() {
    try {
      supervision.sweep(clock.now());
    } catch (RuntimeException failed) {
      // The next sweep tries again; nothing is lost because steps are raised from the deadlines.
      LOG.log(Level.WARNING, "supervision sweep failed", failed);
    }
  }
}
