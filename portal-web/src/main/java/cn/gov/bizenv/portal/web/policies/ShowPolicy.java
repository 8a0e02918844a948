package cn.gov.bizenv.portal.web.policies;

import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.chiefservice.application.deliveries.Deliveries;
import cn.gov.bizenv.chiefservice.application.deliveries.DeliveryView;
import cn.gov.bizenv.chiefservice.application.policies.PolicyDetail;
import cn.gov.bizenv.chiefservice.application.policies.PolicyLibrary;
import cn.gov.bizenv.chiefservice.application.policies.PolicyMatch;
import cn.gov.bizenv.chiefservice.application.policies.PushOutcome;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryCriteria;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.NotFound;
import cn.gov.bizenv.portal.web.shell.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A policy's page: its text and target, the firms it applies to with why each one matches, the push
 * (administrators) and the deliveries it created.
 */
@Named
@ViewScoped
public class ShowPolicy implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient PolicyLibrary policies;
  @Inject transient Deliveries deliveries;
  @Inject transient FacesErrors errors;

  private Long id;
  private PolicyDetail policy;
  private PagedModel<PolicyMatch> matches;
  private PagedModel<DeliveryView> deliveryModel;

  public void load() {
    try {
      if (id == null) {
        throw new NotFoundException("policy", "");
      }
      policy = policies.get(id);
      long policyId = id;
      matches = new PagedModel<>(page -> policies.matches(policyId, page), PolicyMatch::firmId);
      deliveryModel =
          new PagedModel<>(
              page -> deliveries.find(new DeliveryCriteria(policyId, null, null, null, null), page),
              DeliveryView::id);
    } catch (NotFoundException missing) {
      NotFound.respond();
    }
  }

  public void push() {
    try {
      PushOutcome outcome = policies.push(id);
      policy = policies.get(id);
      errors.info(
          "policy.pushed",
          outcome.matched(),
          outcome.created(),
          outcome.alreadyReached(),
          outcome.withoutOfficer());
    } catch (DomainException problem) {
      errors.show(problem, "pushForm");
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public PolicyDetail getPolicy() {
    return policy;
  }

  public PagedModel<PolicyMatch> getMatches() {
    return matches;
  }

  public PagedModel<DeliveryView> getDeliveryModel() {
    return deliveryModel;
  }
}
