package cn.gov.bizenv.portal.web.officer;

import cn.gov.bizenv.chiefservice.application.deliveries.Deliveries;
import cn.gov.bizenv.chiefservice.application.deliveries.DeliveryView;
import cn.gov.bizenv.chiefservice.application.visits.VisitSummary;
import cn.gov.bizenv.chiefservice.application.workbench.MyFirm;
import cn.gov.bizenv.chiefservice.application.workbench.OfficerWorkbench;
import cn.gov.bizenv.chiefservice.application.workbench.WorkbenchFigures;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryCriteria;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryState;
import cn.gov.bizenv.portal.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The officer's home page: their firms with the last visit and open problems (overdue ones flagged,
 * or alone on request), the visits they planned and the policies waiting to be delivered.
 */
@Named
@ViewScoped
public class OfficerHome implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient OfficerWorkbench workbench;
  @Inject transient Deliveries deliveries;

  private WorkbenchFigures figures;
  private boolean overdueOnly;
  private PagedModel<MyFirm> firms;
  private PagedModel<VisitSummary> planned;
  private PagedModel<DeliveryView> toDeliver;

  @PostConstruct
  void init() {
    firms = new PagedModel<>(page -> workbench.myFirms(overdueOnly, page), MyFirm::id);
    planned = new PagedModel<>(workbench::plannedVisits, VisitSummary::id);
    DeliveryCriteria pushed = new DeliveryCriteria(null, null, DeliveryState.PUSHED, null, null);
    toDeliver = new PagedModel<>(page -> deliveries.find(pushed, page), DeliveryView::id);
  }

  public WorkbenchFigures getFigures() {
    if (figures == null) {
      figures = workbench.figures();
    }
    return figures;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }

  public PagedModel<MyFirm> getFirms() {
    return firms;
  }

  public PagedModel<VisitSummary> getPlanned() {
    return planned;
  }

  public PagedModel<DeliveryView> getToDeliver() {
    return toDeliver;
  }
}
