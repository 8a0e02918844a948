package cn.gov.bizenv.casetracking.application.triage.internal;

import cn.gov.bizenv.casetracking.application.triage.internal.TriageLookups.Snapshot;
import cn.gov.bizenv.casetracking.domain.model.triage.RoutingModel;
import cn.gov.bizenv.casetracking.domain.model.triage.StoredModel;
import cn.gov.bizenv.casetracking.domain.model.triage.TrainingExample;
import cn.gov.bizenv.casetracking.domain.model.triage.TriageRepository;
import cn.gov.bizenv.casetracking.domain.model.triage.TriageRepository.ClassifiedCase;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The short transactions of a training, each its own, so that the training itself (seconds to
 * minutes of computing) holds no transaction and no connection: take the lock, read the history,
 * store the new version, release the lock. Only {@link ModelTraining} calls it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TriageStore {
  /** The newest classified cases a training reads. */
  static final int MAX_CASES = 20_000;

  /** The newest imported examples a training reads. */
  static final int MAX_EXAMPLES = 30_000;

  static final String RETRAIN_LOCK = "retrain";

  @Inject TriageRepository repository;
  @Inject TriageLookups lookups;

  /** What a training learns from. */
  public record TrainingData(
      List<RoutingModel.Message> messages,
      int fromCases,
      int imported,
      String mark,
      String latestMark) {}

  public boolean lock(String holder, LocalDateTime now, LocalDateTime until) {
    return repository.lock(RETRAIN_LOCK, holder, now, until);
  }

  public void unlock(String holder, LocalDateTime now) {
    repository.unlock(RETRAIN_LOCK, holder, now);
  }

  public TrainingData trainingData() {
    String mark = repository.dataMark();
    String latestMark = repository.latest().map(StoredModel::getDataMark).orElse(null);
    lookups.invalidate();
    Snapshot snapshot = lookups.current();
    List<RoutingModel.Message> messages = new ArrayList<>();
    int fromCases = 0;
    for (ClassifiedCase c : repository.classifiedCases(MAX_CASES)) {
      List<Long> path = snapshot.path(c.categoryId());
      if (!path.isEmpty()) {
        messages.add(new RoutingModel.Message(c.title(), c.content(), path, c.leadUnitId()));
        fromCases++;
      }
    }
    int imported = 0;
    for (TrainingExample e : repository.examples(MAX_EXAMPLES)) {
      List<Long> path = snapshot.path(e.getCategoryId());
      if (!path.isEmpty()) {
        messages.add(new RoutingModel.Message(e.getTitle(), e.getContent(), path, e.getUnitId()));
        imported++;
      }
    }
    return new TrainingData(messages, fromCases, imported, mark, latestMark);
  }

  public long save(
      TrainingData data, RoutingModel model, Double top1, Double top3, LocalDateTime at) {
    long version = repository.latestVersion() + 1;
    repository.add(
        new StoredModel(
            version,
            at,
            data.fromCases(),
            data.imported(),
            top1,
            top3,
            data.mark(),
            model.toBytes()));
    return version;
  }

  public Optional<StoredModel> latest() {
    return repository.latest();
  }
}
