package cn.gov.bizenv.portal.web.supervision;

import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.application.supervision.OverdueCase;
import cn.gov.bizenv.casetracking.application.supervision.Supervision;
import cn.gov.bizenv.portal.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The supervisor's overdue board: open cases past their reply deadline, most overdue first. */
@Named
@ViewScoped
public class OverdueBoard implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Supervision supervision;
  @Inject transient PortalClock clock;
  private PagedModel<OverdueCase> model;

  @PostConstruct
  void init() {
    // The portal's clock, as for the deadlines themselves, so the board and the sweep agree.
    model = new PagedModel<>(page -> supervision.overdue(clock.now(), page), OverdueCase::id);
  }

  public PagedModel<OverdueCase> getModel() {
    return model;
  }
}
