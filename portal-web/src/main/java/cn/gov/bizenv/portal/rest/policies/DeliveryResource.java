package cn.gov.bizenv.portal.rest.policies;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.chiefservice.application.deliveries.AdvanceDelivery;
import cn.gov.bizenv.chiefservice.application.deliveries.Deliveries;
import cn.gov.bizenv.chiefservice.application.deliveries.DeliveryView;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryCriteria;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryState;
import cn.gov.bizenv.portal.rest.PageResponse;
import cn.gov.bizenv.portal.rest.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Deliveries of pushed policies: the firm's officer records each step; leaders and administrators
 * read all of them; another officer's delivery answers 404.
 */
@Path("deliveries")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({CHIEF_SERVICE_OFFICER, LEADER, ADMINISTRATOR})
public class DeliveryResource {
  @Inject Deliveries deliveries;

  @GET
  public PageResponse<DeliveryView> list(
      @QueryParam("policyId") Long policyId,
      @QueryParam("firmId") Long firmId,
      @QueryParam("state") String state,
      @QueryParam("officerId") Long officerId,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order) {
    PageRequest page = QueryParameters.page(offset, limit, sort, order);
    DeliveryCriteria criteria =
        new DeliveryCriteria(
            policyId,
            firmId,
            QueryParameters.enumValue(DeliveryState.class, state, "state"),
            officerId,
            null);
    return PageResponse.of(deliveries.find(criteria, page), page);
  }

  @GET
  @Path("{id}")
  public DeliveryView get(@PathParam("id") long id) {
    return deliveries.get(id);
  }

  @POST
  @Path("{id}/steps")
  @RolesAllowed(CHIEF_SERVICE_OFFICER)
  public DeliveryView advance(@PathParam("id") long id, AdvanceDelivery command) {
    return deliveries.advance(id, command);
  }
}
