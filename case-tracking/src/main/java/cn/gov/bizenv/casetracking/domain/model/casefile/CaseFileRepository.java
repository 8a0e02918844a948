package cn.gov.bizenv.casetracking.domain.model.casefile;

import cn.gov.bizenv.casetracking.application.paging.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores cases and their timelines, and answers paged, filtered queries in the database. */
public interface CaseFileRepository {
  Optional<CaseFile> find(long id);

  /** Stores a new case and gives it its id and tracking number. */
  void add(CaseFile caseFile);

  void addEvent(CaseEvent event);

  List<CaseEvent> timeline(long caseId);

  List<CaseFile> find(CaseCriteria criteria, PageRequest page);

  long count(CaseCriteria criteria);

  /** The cases with the given ids that exist, with their units, in one query. */
  List<CaseFile> findAll(Collection<Long> ids);

  /** Open cases per firm, for the firms among the given ids that have any. */
  Map<Long, Long> countOpenByFirm(Collection<Long> firmIds);
}
