package cn.gov.bizenv.casetracking.application.triage.internal;

import cn.gov.bizenv.casetracking.domain.model.triage.RoutingModel;
import cn.gov.bizenv.casetracking.domain.model.triage.StoredModel;
import cn.gov.bizenv.casetracking.domain.model.triage.TriageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The routing model this server suggests with: the newest version in the database, checked at most
 * every {@link #CHECK_NANOS} (one small query) and loaded when a newer one appears, so that every
 * server of a cluster moves to a model another one trained within seconds.
 */
@ApplicationScoped
public class CurrentModel {
  private static final Logger LOG = Logger.getLogger(CurrentModel.class.getName());
  static final long CHECK_NANOS = 10_000_000_000L;

  /** A loaded version. */
  record Loaded(long version, RoutingModel model, long checkedAt) {}

  @Inject TriageRepository repository;

  private volatile Loaded loaded;

  Loaded get() {
    Loaded current = loaded;
    if (current != null && System.nanoTime() - current.checkedAt() < CHECK_NANOS) {
      return current;
    }
    synchronized (this) {
      current = loaded;
      if (current != null && System.nanoTime() - current.checkedAt() < CHECK_NANOS) {
        return current;
      }
      long newest = repository.latestVersion();
      if (current != null && current.version() == newest) {
        current = new Loaded(newest, current.model(), System.nanoTime());
      } else if (newest == 0) {
        current = new Loaded(0, RoutingModel.EMPTY, System.nanoTime());
      } else {
        StoredModel stored = repository.latest().orElseThrow();
        long start = System.nanoTime();
        current =
            new Loaded(
                stored.getVersion(), RoutingModel.fromBytes(stored.getModel()), System.nanoTime());
        LOG.info(
            () ->
                "triage model version "
                    + stored.getVersion()
                    + " loaded in "
                    + (System.nanoTime() - start) / 1_000_000
                    + " ms");
      }
      loaded = current;
      return current;
    }
  }

  /** Takes a model this server just trained into use without reading it back. */
  void use(long version, RoutingModel model) {
    loaded = new Loaded(version, model, System.nanoTime());
  }
}
