package cn.gov.bizenv.casetracking.domain.model.intake;

import java.util.List;
import java.util.Optional;

/** Imported batches of assigned cases. */
public interface IntakeBatchRepository {
  /** Stores the batch and gives it its number. */
  void add(IntakeBatch batch);

  Optional<IntakeBatch> find(long id);

  /** The most recently imported batches, newest first, for pickers. */
  List<IntakeBatch> recent(int limit);
}
