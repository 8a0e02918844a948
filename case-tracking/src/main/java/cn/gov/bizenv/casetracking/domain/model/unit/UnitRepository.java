package cn.gov.bizenv.casetracking.domain.model.unit;

import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/** Stores units and finds them page by page. */
public interface UnitRepository {
  Optional<Unit> find(long id);

  Optional<Unit> findByName(String name);

  void add(Unit unit);

  List<Unit> find(UnitCriteria criteria, PageRequest page);

  long count(UnitCriteria criteria);

  List<Unit> allActive();

  /** Writes pending changes now, so that a concurrent edit is reported as a conflict. */
  void flush();
}
