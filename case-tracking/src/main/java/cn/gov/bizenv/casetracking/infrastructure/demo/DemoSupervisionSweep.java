package cn.gov.bizenv.casetracking.infrastructure.demo;

import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.application.supervision.Supervision;
import cn.gov.bizenv.casetracking.application.supervision.SweepResult;
import cn.gov.bizenv.casetracking.platform.demo.DemoDataSeeded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Logger;

/**
 * Sweeps once as soon as the demo data is committed, so that a newcomer finds the overdue demo case
 * already urged and on the overdue board instead of waiting for the ten-minute timer. The sweep
 * works in transactions of its own, which see the demo cases only after they are committed.
 */
@ApplicationScoped
public class DemoSupervisionSweep {
  private static final Logger LOG = Logger.getLogger(DemoSupervisionSweep.class.getName());

  /**
   * The services come as parameters, injected at each call: on Payara this transactional observer
   * ran on an instance whose injected fields were empty (a NullPointerException at seeding).
   */
  public void afterSeeding(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) DemoDataSeeded seeded,
      Supervision supervision,
      PortalClock clock) {
    SweepResult result = supervision.sweep(clock.now());
    LOG.info(
        () -> "demo data: the first supervision sweep raised " + result.stepsRaised() + " steps");
  }
}
