package cn.gov.bizenv.casetracking.application.reports;

import cn.gov.bizenv.casetracking.application.batches.BatchView;
import cn.gov.bizenv.casetracking.application.cases.CaseSummary;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.util.List;

/**
 * Supervision reports for leaders, supervisors, administrators and triage officers. Every figure is
 * a database aggregate; the count of a figure and the total of its drill-down list use the same
 * predicate (see {@link Figure}).
 */
public interface Reports {
  Dashboard dashboard(ReportPeriod period);

  /** The count of one figure (a keyed figure's row when key is given). */
  long count(Figure figure, String key, ReportPeriod period);

  /**
   * The unit ranking of the period (district and unit filters are ignored: units are ranked against
   * each other), with each unit's trend against the period of the same length before.
   */
  UnitRanking ranking(ReportPeriod period);

  List<WeightView> weights();

  /** Administrators only: new weights; a weight read before someone else's change is a conflict. */
  List<WeightView> changeWeights(List<WeightChange> changes);

  /**
   * The recently imported batches (上级交办), newest first, to choose a report's batch from (the import
   * page's list, readable by every reports reader).
   */
  List<BatchView> recentBatches();

  /** The cases behind one figure, newest first. */
  Page<CaseSummary> drillDown(Figure figure, String key, ReportPeriod period, PageRequest page);
}
