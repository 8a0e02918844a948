package cn.gov.bizenv.casetracking.application.cases;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseCriteria;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;

/**
 * Reads cases the caller may see: a unit handler only the cases their unit leads or assists, triage
 * officers, supervisors and leaders all of them.
 */
public interface CaseQueries {
  Page<CaseSummary> find(CaseCriteria criteria, PageRequest page);

  /**
   * A keyset page, newest first, after the cursor a previous page returned ({@code null} or blank:
   * the first page). No total is counted: this is the way to deep pages and to searches over
   * millions of cases, where counting every match would cost more than the page.
   *
   * @throws cn.gov.bizenv.casetracking.domain.shared.InvalidInputException (field {@code after}) if
   *     the cursor is not one this method returned
   */
  CaseSlice findAfter(CaseCriteria criteria, String after, int limit);

  CaseDetail get(long id);

  /** The counts of the caller's to-do list (a unit's own cases; everyone's for the office). */
  CaseToDo toDo();
}
