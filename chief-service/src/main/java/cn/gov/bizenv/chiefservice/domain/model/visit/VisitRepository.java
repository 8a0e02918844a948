package cn.gov.bizenv.chiefservice.domain.model.visit;

import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/** Stores visits and reads them page by page. */
public interface VisitRepository {
  Optional<Visit> find(long id);

  void add(Visit visit);

  /** A firm's visits, newest first. */
  List<Visit> ofFirm(long firmId, PageRequest page);

  long countOfFirm(long firmId);

  /** An officer's visits in a status, soonest first. */
  List<Visit> ofOfficer(long officerId, VisitStatus status, PageRequest page);

  long countOfOfficer(long officerId, VisitStatus status);

  /** The visit that raised the case, if a visit did. */
  Optional<Visit> raising(long caseId);

  void flush();
}
