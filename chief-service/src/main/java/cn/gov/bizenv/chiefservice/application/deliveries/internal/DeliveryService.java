package cn.gov.bizenv.chiefservice.application.deliveries.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.chiefservice.application.deliveries.AdvanceDelivery;
import cn.gov.bizenv.chiefservice.application.deliveries.Deliveries;
import cn.gov.bizenv.chiefservice.application.deliveries.DeliveryView;
import cn.gov.bizenv.chiefservice.application.internal.Names;
import cn.gov.bizenv.chiefservice.application.internal.ScopedCaller;
import cn.gov.bizenv.chiefservice.application.internal.ScopedCallers;
import cn.gov.bizenv.chiefservice.domain.model.delivery.Delivery;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryCriteria;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Deliveries of pushed policies. The firm's current officer records each step; leaders and
 * administrators read every delivery; another officer's delivery is not found.
 */
@Stateless
@RolesAllowed({CHIEF_SERVICE_OFFICER, LEADER, ADMINISTRATOR})
public class DeliveryService implements Deliveries {
  @Inject DeliveryRepository deliveries;
  @Inject InputValidation validation;
  @Inject PortalClock clock;
  @Inject ScopedCallers callers;
  @Inject Names names;

  @Override
  public Page<DeliveryView> find(DeliveryCriteria criteria, PageRequest page) {
    ScopedCaller caller = callers.current();
    DeliveryCriteria effective = criteria == null ? DeliveryCriteria.any() : criteria;
    DeliveryCriteria scoped =
        caller.seesAll() ? effective : effective.restrictedToOfficer(caller.scopeOfficerId());
    List<Delivery> found = deliveries.find(scoped, page);
    return new Page<>(views(found), deliveries.count(scoped));
  }

  @Override
  public DeliveryView get(long id) {
    return views(List.of(visible(callers.current(), id))).get(0);
  }

  @Override
  @RolesAllowed(CHIEF_SERVICE_OFFICER)
  public DeliveryView advance(long id, AdvanceDelivery command) {
    validation.check(command);
    ScopedCaller officer = callers.currentOfficer();
    Delivery delivery =
        deliveries
            .find(id)
            .filter(found -> officer.officerId().equals(found.getFirm().getOfficerId()))
            .orElseThrow(() -> new NotFoundException("delivery", id));
    if (delivery.getVersion() != command.version()) {
      throw ConflictException.staleVersion();
    }
    delivery.advance(command.state(), command.on(), clock.now().toLocalDate(), officer.username());
    deliveries.flush();
    return views(List.of(delivery)).get(0);
  }

  private Delivery visible(ScopedCaller caller, long id) {
    return deliveries
        .find(id)
        .filter(found -> caller.sees(found.getFirm().getOfficerId()))
        .orElseThrow(() -> new NotFoundException("delivery", id));
  }

  private List<DeliveryView> views(List<Delivery> found) {
    Map<Long, String> officers =
        names.officers(found.stream().map(d -> d.getFirm().getOfficerId()).toList());
    return found.stream()
        .map(
            d ->
                new DeliveryView(
                    d.getId(),
                    d.getPolicy().getId(),
                    d.getPolicy().getTitle(),
                    d.getPolicy().isApplicationFree(),
                    d.getFirm().getId(),
                    d.getFirm().getName(),
                    officers.get(d.getFirm().getOfficerId()),
                    d.getState(),
                    d.getPushedOn(),
                    d.getDeliveredOn(),
                    d.getAcknowledgedOn(),
                    d.getAppliedOn(),
                    d.getRedeemedOn(),
                    d.nextSteps(),
                    d.getVersion()))
        .toList();
  }
}
