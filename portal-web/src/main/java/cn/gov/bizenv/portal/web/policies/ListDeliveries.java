package cn.gov.bizenv.portal.web.policies;

import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.chiefservice.application.deliveries.AdvanceDelivery;
import cn.gov.bizenv.chiefservice.application.deliveries.Deliveries;
import cn.gov.bizenv.chiefservice.application.deliveries.DeliveryView;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryCriteria;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryState;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.PrimeFaces;

/**
 * Policy deliveries: an officer records the next step of their firms' deliveries with its day;
 * leaders and administrators follow all of them.
 */
@Named
@ViewScoped
public class ListDeliveries implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Deliveries deliveries;
  @Inject transient FacesErrors errors;

  private PagedModel<DeliveryView> model;
  private DeliveryState state;
  private DeliveryView advancing;
  private DeliveryState nextState;
  private LocalDate on;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(
            page -> deliveries.find(new DeliveryCriteria(null, null, state, null, null), page),
            DeliveryView::id);
  }

  public void startAdvance(DeliveryView delivery) {
    advancing = delivery;
    nextState = delivery.nextSteps().stream().findFirst().orElse(null);
    on = LocalDate.now(PortalClock.ZONE);
  }

  public void advance() {
    try {
      DeliveryView advanced =
          deliveries.advance(
              advancing.id(), new AdvanceDelivery(nextState, on, advancing.version()));
      errors.info("delivery.advanced", advanced.firmName(), advanced.policyTitle());
      PrimeFaces.current().executeScript("PF('advanceDialog').hide()");
    } catch (DomainException problem) {
      errors.show(problem, "advanceForm");
    }
  }

  public DeliveryState[] getStates() {
    return DeliveryState.values();
  }

  public PagedModel<DeliveryView> getModel() {
    return model;
  }

  public DeliveryState getState() {
    return state;
  }

  public void setState(DeliveryState state) {
    this.state = state;
  }

  public DeliveryView getAdvancing() {
    return advancing;
  }

  public DeliveryState getNextState() {
    return nextState;
  }

  public void setNextState(DeliveryState nextState) {
    this.nextState = nextState;
  }

  public LocalDate getOn() {
    return on;
  }

  public void setOn(LocalDate on) {
    this.on = on;
  }
}
