package cn.gov.bizenv.chiefservice.application.workbench;

import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.chiefservice.application.visits.VisitSummary;

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
