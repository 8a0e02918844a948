package cn.gov.bizenv.casetracking.application.cases;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The live status of cases that another part of the portal raised, without their content: chief
 * service shows each visit's requests and counts each firm's open ones. Chief service officers see
 * firms' requests (企业诉求) only; leaders and administrators see any case this way.
 */
public interface CaseStatusLookup {
  /**
   * The cases among the given ids the caller may follow, in the order of the ids; unknown ids are
   * left out.
   */
  List<CaseStatusView> statuses(Collection<Long> caseIds);

  /** For each of the given firms that has any, the number of its requests still open. */
  Map<Long, Long> openRequestsByFirm(Collection<Long> firmIds);
}
