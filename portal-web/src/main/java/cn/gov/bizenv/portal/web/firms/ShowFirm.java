package cn.gov.bizenv.portal.web.firms;

import cn.gov.bizenv.casetracking.application.directory.OfficerView;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.chiefservice.application.assignments.AssignOfficer;
import cn.gov.bizenv.chiefservice.application.assignments.AssignmentView;
import cn.gov.bizenv.chiefservice.application.assignments.Assignments;
import cn.gov.bizenv.chiefservice.application.deliveries.Deliveries;
import cn.gov.bizenv.chiefservice.application.deliveries.DeliveryView;
import cn.gov.bizenv.chiefservice.application.firms.FirmDetail;
import cn.gov.bizenv.chiefservice.application.firms.FirmRegister;
import cn.gov.bizenv.chiefservice.application.policies.PolicyForFirm;
import cn.gov.bizenv.chiefservice.application.policies.PolicyLibrary;
import cn.gov.bizenv.chiefservice.application.visits.VisitSummary;
import cn.gov.bizenv.chiefservice.application.visits.Visits;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryCriteria;
import cn.gov.bizenv.portal.web.shell.CurrentUser;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.NotFound;
import cn.gov.bizenv.portal.web.shell.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * A firm's page: its facts, its officer and their history, its visits, the policies that apply and
 * their deliveries. Administrators hand the firm to another officer here, with a reason.
 */
@Named
@ViewScoped
public class ShowFirm implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient FirmRegister firms;
  @Inject transient Assignments assignments;
  @Inject transient Visits visits;
  @Inject transient PolicyLibrary policies;
  @Inject transient Deliveries deliveries;
  @Inject transient FacesErrors errors;
  @Inject transient CurrentUser currentUser;

  private Long id;
  private FirmDetail firm;
  private List<AssignmentView> history;
  private List<PolicyForFirm> applying;
  private PagedModel<VisitSummary> visitModel;
  private PagedModel<DeliveryView> deliveryModel;
  private List<OfficerView> officers;
  private Long officerId;
  private String reason;

  /** The view action; an unknown firm, or another officer's, is a 404. */
  public void load() {
    try {
      if (id == null) {
        throw new NotFoundException("firm", "");
      }
      refresh();
      long firmId = id;
      visitModel = new PagedModel<>(page -> visits.ofFirm(firmId, page), VisitSummary::id);
      deliveryModel =
          new PagedModel<>(
              page -> deliveries.find(new DeliveryCriteria(null, firmId, null, null, null), page),
              DeliveryView::id);
    } catch (NotFoundException missing) {
      NotFound.respond();
    }
  }

  private void refresh() {
    firm = firms.get(id);
    history = assignments.history(id);
    applying = policies.forFirm(id);
  }

  public void assign() {
    try {
      assignments.assign(id, new AssignOfficer(officerId, reason, firm.version()));
      refresh();
      errors.info("assignment.saved", firm.officerName());
      officerId = null;
      reason = null;
      PrimeFaces.current().executeScript("PF('assignDialog').hide()");
    } catch (DomainException problem) {
      errors.show(problem, "assignForm");
    }
  }

  /**
   * Whether the signed-in person may log this firm's visits: an officer sees only the firms they
   * serve, so an officer who sees it is its officer.
   */
  public boolean isOwnOfficer() {
    return firm != null && firm.officerId() != null && currentUser.isChiefServiceOfficer();
  }

  public List<OfficerView> getOfficers() {
    if (officers == null) {
      officers = assignments.officers();
    }
    return officers;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public FirmDetail getFirm() {
    return firm;
  }

  public List<AssignmentView> getHistory() {
    return history;
  }

  public List<PolicyForFirm> getApplying() {
    return applying;
  }

  public PagedModel<VisitSummary> getVisitModel() {
    return visitModel;
  }

  public PagedModel<DeliveryView> getDeliveryModel() {
    return deliveryModel;
  }

  public Long getOfficerId() {
    return officerId;
  }

  public void setOfficerId(Long officerId) {
    this.officerId = officerId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
