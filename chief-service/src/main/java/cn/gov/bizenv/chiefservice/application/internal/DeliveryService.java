package cn.gov.bizenv.chiefservice.application.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.internal.InputValidation;
import cn.gov.bizenv.casetracking.application.internal.PortalClock;
import cn.gov.bizenv.casetracking.application.paging.Page;
import cn.gov.bizenv.casetracking.application.paging.PageRequest;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.chiefservice.application.AdvanceDelivery;
import cn.gov.bizenv.chiefservice.application.Deliveries;
import cn.gov.bizenv.chiefservice.application.DeliveryView;
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
  @Inject Viewers viewers;
  @Inject Names names;

  @Override
  public Page<DeliveryView> find(DeliveryCriteria criteria, PageRequest page) {
    Viewer viewer = viewers.current();
    DeliveryCriteria effective = criteria == null ? DeliveryCriteria.any() : criteria;
    DeliveryCriteria scoped =
        viewer.seesAll() ? effective : effective.restrictedToOfficer(viewer.scopeOfficerId());
    List<Delivery> found = deliveries.find(scoped, page);
    return new Page<>(views(found), deliveries.count(scoped));
  }

  @Override
  public DeliveryView get(long id) {
    return views(List.of(visible(viewers.current(), id))).get(0);
  }

  @Override
  @RolesAllowed(CHIEF_SERVICE_OFFICER)
  public DeliveryView advance(long id, AdvanceDelivery command) {
    validation.check(command);
    Viewer officer = viewers.currentOfficer();
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

  private Delivery visible(Viewer viewer, long id) {
    return deliveries
        .find(id)
        .filter(found -> viewer.sees(found.getFirm().getOfficerId()))
        .orElseThrow(() -> new NotFoundException("delivery", id));
  }

  private List<DeliveryView> views(List<Delivery> found) {
    Map<Long, String> officers = names.officers(found.stream().map(d -> d.getFirm().getOfficerId()).toList());
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
