package cn.gov.bizenv.portal.web.firms;

import cn.gov.bizenv.chiefservice.application.assignments.Assignments;
import cn.gov.bizenv.chiefservice.application.assignments.OfficerLoad;
import cn.gov.bizenv.chiefservice.application.firms.FirmRegister;
import cn.gov.bizenv.chiefservice.application.firms.FirmSummary;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmCriteria;
import cn.gov.bizenv.portal.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Coverage for leaders and administrators: firms no officer serves, and each officer's load. */
@Named
@ViewScoped
public class ShowCoverage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient FirmRegister firms;
  @Inject transient Assignments assignments;

  private PagedModel<FirmSummary> uncovered;
  private List<OfficerLoad> loads;

  @PostConstruct
  void init() {
    FirmCriteria withoutOfficer =
        new FirmCriteria(null, null, null, null, null, true, null, null, null);
    uncovered = new PagedModel<>(page -> firms.find(withoutOfficer, page), FirmSummary::id);
  }

  public PagedModel<FirmSummary> getUncovered() {
    return uncovered;
  }

  public List<OfficerLoad> getLoads() {
    if (loads == null) {
      loads = assignments.loads();
    }
    return loads;
  }
}
