package cn.gov.bizenv.casetracking.application.cases.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.ADMINISTRATOR;

import cn.gov.bizenv.casetracking.application.cases.CaseSearchAdministration;
import cn.gov.bizenv.casetracking.application.cases.SearchIndexStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseSearch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The administrator's view of the case index. */
@Stateless
@RolesAllowed(ADMINISTRATOR)
public class CaseSearchAdministrationService implements CaseSearchAdministration {
  @Inject CaseSearch search;

  @Override
  public SearchIndexStatus status() {
    return new SearchIndexStatus(
        search.ready(), search.indexedCases(), search.outboxPosition(), search.rebuilding());
  }

  @Override
  public SearchIndexStatus rebuild() {
    search.rebuild();
    return status();
  }
}
