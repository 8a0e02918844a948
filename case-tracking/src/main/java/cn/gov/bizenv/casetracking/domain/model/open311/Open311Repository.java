package cn.gov.bizenv.casetracking.domain.model.open311;

import java.util.List;
import java.util.Optional;

/** API keys and the requests filed through Open311. */
public interface Open311Repository {
  void addKey(ApiKey key);

  Optional<ApiKey> findKey(long id);

  Optional<ApiKey> findKeyByHash(String keyHash);

  List<ApiKey> keys();

  void addRequest(Open311Request request);

  /** Newest first, at most {@code limit}. */
  List<Open311Request> find(Open311Criteria criteria, int limit);
}
