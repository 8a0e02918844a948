package cn.gov.bizenv.casetracking.application;

import cn.gov.bizenv.casetracking.application.paging.Page;
import cn.gov.bizenv.casetracking.application.paging.PageRequest;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseCriteria;

/**
 * Reads cases the caller may see: a unit handler only the cases their unit leads or assists,
 * triage officers, supervisors and leaders all of them.
 */
public interface CaseQueries {
  Page<CaseSummary> find(CaseCriteria criteria, PageRequest page);

  CaseDetail get(long id);
}
