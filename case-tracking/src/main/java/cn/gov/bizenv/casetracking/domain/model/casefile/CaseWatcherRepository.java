package cn.gov.bizenv.casetracking.domain.model.casefile;

import java.util.List;

/** Stores who watches which case. */
public interface CaseWatcherRepository {
  void add(CaseWatcher watcher);

  /** The usernames watching the case, in the order they started. */
  List<String> watchers(long caseId);
}
