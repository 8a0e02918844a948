package cn.gov.bizenv.casetracking.domain.model.casefile;

import cn.gov.bizenv.casetracking.application.paging.PageRequest;
import java.util.List;
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
}
