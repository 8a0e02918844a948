package cn.gov.bizenv.portal.web.cases;

import cn.gov.bizenv.casetracking.application.cases.CaseQueries;
import cn.gov.bizenv.casetracking.application.cases.CaseToDo;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home page's to-do counts, counted once per request and only when the page shows them. */
@Named
@RequestScoped
public class HomeToDo {
  @Inject CaseQueries cases;

  private CaseToDo counts;

  public CaseToDo getCounts() {
    if (counts == null) {
      counts = cases.toDo();
    }
    return counts;
  }
}
