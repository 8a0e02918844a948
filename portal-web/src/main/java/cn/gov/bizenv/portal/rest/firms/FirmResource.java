package cn.gov.bizenv.portal.rest.firms;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.chiefservice.application.assignments.AssignOfficer;
import cn.gov.bizenv.chiefservice.application.assignments.AssignmentView;
import cn.gov.bizenv.chiefservice.application.assignments.Assignments;
import cn.gov.bizenv.chiefservice.application.firms.FirmDetail;
import cn.gov.bizenv.chiefservice.application.firms.FirmInput;
import cn.gov.bizenv.chiefservice.application.firms.FirmRegister;
import cn.gov.bizenv.chiefservice.application.firms.FirmSummary;
import cn.gov.bizenv.chiefservice.application.policies.PolicyForFirm;
import cn.gov.bizenv.chiefservice.application.policies.PolicyLibrary;
import cn.gov.bizenv.chiefservice.application.visits.VisitSummary;
import cn.gov.bizenv.chiefservice.application.visits.Visits;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmCriteria;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
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
import java.time.LocalDate;
import java.util.List;

/**
 * Key firms and projects: administrators register, edit and assign them; leaders read all of them;
 * an officer reads the firms they serve (others answer 404), with their visits, officers' history
 * and the policies that apply.
 */
@Path("firms")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ADMINISTRATOR, LEADER, CHIEF_SERVICE_OFFICER})
public class FirmResource {
  @Inject FirmRegister firms;
  @Inject Assignments assignments;
  @Inject Visits visits;
  @Inject PolicyLibrary policies;
  @Context UriInfo uri;

  @GET
  public PageResponse<FirmSummary> list(
      @QueryParam("q") String text,
      @QueryParam("industry") String industry,
      @QueryParam("districtId") Long districtId,
      @QueryParam("size") String size,
      @QueryParam("keyProject") Boolean keyProject,
      @QueryParam("withoutOfficer") Boolean withoutOfficer,
      @QueryParam("officerId") Long officerId,
      @QueryParam("overdue") Boolean overdue,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order) {
    PageRequest page = QueryParameters.page(offset, limit, sort, order);
    FirmCriteria criteria =
        new FirmCriteria(
            text,
            industry,
            districtId,
            QueryParameters.enumValue(FirmSize.class, size, "size"),
            keyProject,
            withoutOfficer,
            officerId,
            Boolean.TRUE.equals(overdue) ? LocalDate.now(PortalClock.ZONE) : null,
            null);
    return PageResponse.of(firms.find(criteria, page), page);
  }

  @POST
  @RolesAllowed(ADMINISTRATOR)
  public Response register(FirmInput input) {
    FirmDetail registered = firms.register(input);
    return Created.below(uri, registered, registered.id());
  }

  @GET
  @Path("{id}")
  public FirmDetail get(@PathParam("id") long id) {
    return firms.get(id);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(ADMINISTRATOR)
  public FirmDetail update(@PathParam("id") long id, FirmInput input) {
    return firms.update(id, input);
  }

  @GET
  @Path("{id}/assignments")
  public List<AssignmentView> assignments(@PathParam("id") long id) {
    return assignments.history(id);
  }

  @POST
  @Path("{id}/assignments")
  @RolesAllowed(ADMINISTRATOR)
  public FirmDetail assign(@PathParam("id") long id, AssignOfficer command) {
    return assignments.assign(id, command);
  }

  @GET
  @Path("{id}/visits")
  public PageResponse<VisitSummary> visits(
      @PathParam("id") long id,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = QueryParameters.page(offset, limit, null, null);
    return PageResponse.of(visits.ofFirm(id, page), page);
  }

  @GET
  @Path("{id}/policies")
  public List<PolicyForFirm> policies(@PathParam("id") long id) {
    return policies.forFirm(id);
  }
}
