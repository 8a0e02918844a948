package cn.gov.bizenv.casetracking.application.triage.internal;

import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.triage.CrossValidation;
import cn.gov.bizenv.casetracking.domain.model.triage.LabelledText;
import cn.gov.bizenv.casetracking.domain.model.triage.RoutingModel;
import cn.gov.bizenv.casetracking.domain.model.triage.TextClassifier;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Trains a new version of the routing model, once in a cluster at a time: the server that moves the
 * lock row forward trains, the others are told (on demand) or skip (on schedule). The model's
 * accuracy is measured by stratified 5-fold cross-validation of the first level on up to {@value
 * #CV_MAX} of its newest messages.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ModelTraining {
  private static final Logger LOG = Logger.getLogger(ModelTraining.class.getName());
  static final int CV_MAX = 5_000;
  static final int CV_MIN = 25;

  /** Longer than any training; a server that dies while training frees the lock after it. */
  static final long LOCK_MINUTES = 30;

  private static final String HOLDER = "server-" + UUID.randomUUID();

  @Inject TriageStore store;
  @Inject CurrentModel currentModel;
  @Inject PortalClock clock;

  /**
   * Trains now: on demand ({@code always}) even when nothing changed since the last version, on
   * schedule only when the history changed. Empty when nothing was trained.
   *
   * @throws ConflictException {@code triage.retrain.busy} when another server is training (on
   *     demand)
   */
  public Optional<Long> train(boolean always) {
    LocalDateTime now = clock.now();
    if (!store.lock(HOLDER, now, now.plusMinutes(LOCK_MINUTES))) {
      if (always) {
        throw new ConflictException("triage.retrain.busy");
      }
      return Optional.empty();
    }
    try {
      TriageStore.TrainingData data = store.trainingData();
      if (data.messages().isEmpty() || (!always && data.mark().equals(data.latestMark()))) {
        return Optional.empty();
      }
      long start = System.nanoTime();
      RoutingModel model = RoutingModel.train(data.messages(), TextClassifier.Settings.DEFAULT);
      long trained = System.nanoTime();
      CrossValidation.Result cv = crossValidate(data.messages());
      long version =
          store.save(
              data,
              model,
              cv == null ? null : cv.top1(),
              cv == null ? null : cv.top3(),
              clock.now());
      currentModel.use(version, model);
      LOG.info(
          () ->
              String.format(
                  "triage model version %d trained on %d messages (%d cases, %d imported) in %d ms,"
                      + " cross-validated in %d ms: top-1 %s, top-3 %s",
                  version,
                  data.messages().size(),
                  data.fromCases(),
                  data.imported(),
                  (trained - start) / 1_000_000,
                  (System.nanoTime() - trained) / 1_000_000,
                  cv == null ? "-" : String.format("%.3f", cv.top1()),
                  cv == null ? "-" : String.format("%.3f", cv.top3())));
      return Optional.of(version);
    } finally {
      store.unlock(HOLDER, clock.now());
    }
  }

  private static CrossValidation.Result crossValidate(List<RoutingModel.Message> messages) {
    List<LabelledText> firstLevel =
        messages.stream()
            .limit(CV_MAX)
            .map(m -> new LabelledText(m.title(), m.content(), m.path().get(0)))
            .toList();
    if (firstLevel.size() < CV_MIN
        || firstLevel.stream().map(LabelledText::label).distinct().count() < 2) {
      return null;
    }
    return CrossValidation.run(
        firstLevel, 5, 1L, set -> TextClassifier.train(set, TextClassifier.Settings.DEFAULT));
  }
}
