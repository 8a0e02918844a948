package cn.gov.bizenv.chiefservice.application;

import cn.gov.bizenv.casetracking.application.paging.Page;
import cn.gov.bizenv.casetracking.application.paging.PageRequest;

/**
 * A chief service officer's home page: their firms with the last visit and open problems, the
 * visits they planned, and the firms overdue for one. Officers only; each sees their own.
 */
public interface OfficerWorkbench {
  WorkbenchFigures figures();

  /** The caller's firms, most overdue first when {@code overdueOnly}, otherwise by name. */
  Page<MyFirm> myFirms(boolean overdueOnly, PageRequest page);

  /** The caller's planned visits, soonest first. */
  Page<VisitSummary> plannedVisits(PageRequest page);
}
