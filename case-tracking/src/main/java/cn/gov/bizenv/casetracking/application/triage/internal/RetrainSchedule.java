package cn.gov.bizenv.casetracking.application.triage.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Retrains the routing model every three hours when the history changed. Every server's timer
 * fires; the database lock row lets one of them train (see {@link ModelTraining}). Nothing runs at
 * deployment: the first model comes from the first tick or an administrator's retrain.
 */
@Singleton
@PermitAll
public class RetrainSchedule {
  private static final Logger LOG = Logger.getLogger(RetrainSchedule.class.getName());

  @Inject ModelTraining training;

  @Schedule(hour = "*/3", minute = "41", persistent = false)
  void retrain() {
    try {
      training.train(false);
    } catch (RuntimeException failed) {
      // The next tick tries again; the current model stays in use.
      LOG.log(Level.WARNING, "scheduled triage retraining failed", failed);
    }
  }
}
