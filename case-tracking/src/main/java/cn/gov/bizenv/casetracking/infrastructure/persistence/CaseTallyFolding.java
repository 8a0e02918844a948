package cn.gov.bizenv.casetracking.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Folds the report tallies' delta rows every fifteen seconds (PostgreSQL only, see {@link
 * CaseTally}), which keeps the deltas a reader adds up to those of the last moments. Folding on
 * several servers at once is safe: each delta row is deleted by the one fold that moves it.
 */
@Singleton
@PermitAll
public class CaseTallyFolding {
  private static final Logger LOG = Logger.getLogger(CaseTallyFolding.class.getName());

  @Inject CaseTally tally;
  @Inject DatabaseFeatures database;

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
  void fold() {
    if (!database.postgres()) {
      return;
    }
    try {
      tally.fold();
    } catch (RuntimeException failed) {
      // Nothing is lost: the deltas stay and are still counted by every reader.
      LOG.log(Level.WARNING, "folding the report tallies failed", failed);
    }
  }
}
