package cn.gov.bizenv.casetracking.domain.model.triage;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Stores what triage learns from: examples, trained models, default units and decisions. */
public interface TriageRepository {
  /**
   * A message the portal itself classified: a case with its category and, once dispatched, its lead
   * unit.
   */
  record ClassifiedCase(String title, String content, long categoryId, Long leadUnitId) {}

  void add(TrainingExample example);

  /** Every imported example, newest first, at most {@code max}. */
  List<TrainingExample> examples(int max);

  long exampleCount();

  /** Classified cases (not merged into another), newest first, at most {@code max}. */
  List<ClassifiedCase> classifiedCases(int max);

  /** A fingerprint of the training data: unchanged as long as no example or case changed. */
  String dataMark();

  void add(StoredModel model);

  /** The newest model's version, 0 when none was trained yet. */
  long latestVersion();

  /** The newest model, without its bytes unless they are read. */
  Optional<StoredModel> latest();

  List<DefaultUnit> defaultUnits();

  Optional<DefaultUnit> defaultUnit(long categoryId, Long districtId);

  void add(DefaultUnit defaultUnit);

  void remove(DefaultUnit defaultUnit);

  Optional<TriageDecision> decision(long caseId);

  void add(TriageDecision decision);

  /**
   * Takes the cluster-wide lock {@code name} until {@code until} unless another holder's time has
   * not run out: whether it was taken.
   */
  boolean lock(String name, String holder, LocalDateTime now, LocalDateTime until);

  void unlock(String name, String holder, LocalDateTime now);

  /** Of the decisions since {@code since}: how many had a suggestion and how many took it. */
  record Acceptance(
      long categorySuggested, long categoryTaken, long unitSuggested, long unitTaken) {}

  Acceptance acceptance(LocalDateTime since);
}
