package cn.gov.bizenv.casetracking.platform.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Folds every kept tally's delta rows every fifteen seconds (PostgreSQL only, see {@link
 * FoldedTally}), which keeps the deltas a reader adds up to those of the last moments. Folding on
 * several servers at once is safe: each delta row is deleted by the one fold that moves it. Each
 * tally folds in its own transaction, so that one failing does not hold back the others.
 */
@Singleton
@PermitAll
public class TallyFolding {
  private static final Logger LOG = Logger.getLogger(TallyFolding.class.getName());

  @Inject Instance<FoldedTally> tallies;
  @Inject DatabaseFeatures database;

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void fold() {
    if (!database.postgres()) {
      return;
    }
    for (FoldedTally tally : tallies) {
      try {
        tally.fold();
      } catch (RuntimeException failed) {
        // Nothing is lost: the deltas stay and are still counted by every reader.
        LOG.log(Level.WARNING, "folding a report tally failed: " + tally, failed);
      }
    }
  }
}
