package cn.gov.bizenv.casetracking.application.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.CallerProfile;
import cn.gov.bizenv.casetracking.application.CaseDetail;
import cn.gov.bizenv.casetracking.application.CaseQueries;
import cn.gov.bizenv.casetracking.application.CaseSummary;
import cn.gov.bizenv.casetracking.application.paging.Page;
import cn.gov.bizenv.casetracking.application.paging.PageRequest;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseCriteria;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;

/**
 * Case lists and details, scoped by who asks: the office's roles see every case, a unit handler
 * only the cases of their own unit. A case outside the caller's scope is reported as not found, so
 * that its existence is not revealed.
 */
@Stateless
@RolesAllowed({TRIAGE_OFFICER, UNIT_HANDLER, SUPERVISOR, LEADER})
public class CaseQueryService implements CaseQueries {
  private static final Set<Role> SEE_ALL_CASES =
      EnumSet.of(Role.TRIAGE_OFFICER, Role.SUPERVISOR, Role.LEADER);

  @Inject CaseFileRepository cases;
  @Inject Callers callers;
  @Inject CaseViews views;

  @Override
  public Page<CaseSummary> find(CaseCriteria criteria, PageRequest page) {
    CaseCriteria scoped = scope(criteria == null ? CaseCriteria.any() : criteria);
    return new Page<>(cases.find(scoped, page), cases.count(scoped)).map(CaseViews::summary);
  }

  @Override
  public CaseDetail get(long id) {
    CallerProfile caller = callers.current();
    CaseFile caseFile =
        cases
            .find(id)
            .filter(found -> seesAll(caller) || found.getConcernedUnit().getId() == caller.unitId())
            .orElseThrow(() -> new NotFoundException("case", id));
    return views.detail(caseFile);
  }

  private CaseCriteria scope(CaseCriteria criteria) {
    CallerProfile caller = callers.current();
    return seesAll(caller) ? criteria : criteria.restrictedToUnit(caller.unitId());
  }

  private static boolean seesAll(CallerProfile caller) {
    return caller.roles().stream().anyMatch(SEE_ALL_CASES::contains);
  }
}
