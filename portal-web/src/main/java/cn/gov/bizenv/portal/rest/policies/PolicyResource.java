package cn.gov.bizenv.portal.rest.policies;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.chiefservice.application.coverage.PolicyReports;
import cn.gov.bizenv.chiefservice.application.coverage.ReachRow;
import cn.gov.bizenv.chiefservice.application.policies.PolicyDetail;
import cn.gov.bizenv.chiefservice.application.policies.PolicyInput;
import cn.gov.bizenv.chiefservice.application.policies.PolicyLibrary;
import cn.gov.bizenv.chiefservice.application.policies.PolicyMatch;
import cn.gov.bizenv.chiefservice.application.policies.PolicySummary;
import cn.gov.bizenv.chiefservice.application.policies.PushOutcome;
import cn.gov.bizenv.chiefservice.domain.model.delivery.ReachGrouping;
import cn.gov.bizenv.portal.rest.Created;
import cn.gov.bizenv.portal.rest.PageResponse;
import cn.gov.bizenv.portal.rest.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The policy library: administrators (for the policy office) add, edit and push policies; leaders
 * and officers read them and the firms they reach (an officer only their own firms); leaders and
 * administrators read reach and take-up.
 */
@Path("policies")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ADMINISTRATOR, LEADER, CHIEF_SERVICE_OFFICER})
public class PolicyResource {
  @Inject PolicyLibrary policies;
  @Inject PolicyReports reports;
  @Context UriInfo uri;

  @GET
  public PageResponse<PolicySummary> list(
      @QueryParam("q") String text,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order) {
    PageRequest page = QueryParameters.page(offset, limit, sort, order);
    return PageResponse.of(policies.find(text, page), page);
  }

  @POST
  @RolesAllowed(ADMINISTRATOR)
  public Response add(PolicyInput input) {
    PolicyDetail added = policies.add(input);
    return Created.below(uri, added, added.id());
  }

  @GET
  @Path("{id}")
  public PolicyDetail get(@PathParam("id") long id) {
    return policies.get(id);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(ADMINISTRATOR)
  public PolicyDetail update(@PathParam("id") long id, PolicyInput input) {
    return policies.update(id, input);
  }

  @GET
  @Path("{id}/matches")
  public PageResponse<PolicyMatch> matches(
      @PathParam("id") long id,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = QueryParameters.page(offset, limit, null, null);
    return PageResponse.of(policies.matches(id, page), page);
  }

  @POST
  @Path("{id}/push")
  @RolesAllowed(ADMINISTRATOR)
  public PushOutcome push(@PathParam("id") long id) {
    return policies.push(id);
  }

  @GET
  @Path("reach")
  @RolesAllowed({ADMINISTRATOR, LEADER})
  public List<ReachRow> reach(@QueryParam("by") String by, @QueryParam("policyId") Long policyId) {
    ReachGrouping grouping = QueryParameters.enumValue(ReachGrouping.class, by, "by");
    return reports.reach(grouping == null ? ReachGrouping.POLICY : grouping, policyId);
  }
}
