package cn.gov.bizenv.portal.rest.timelimits;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.calendar.TimeLimitRuleView;
import cn.gov.bizenv.casetracking.application.calendar.TimeLimitSettings;
import cn.gov.bizenv.casetracking.application.calendar.TimeLimits;
import cn.gov.bizenv.casetracking.application.directory.NewCategoryRule;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.portal.rest.Created;
import cn.gov.bizenv.portal.rest.PageResponse;
import cn.gov.bizenv.portal.rest.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** Time-limit rules: everyone signed in reads them; administrators edit them. */
@Path("time-limits")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
  ADMINISTRATOR,
  TRIAGE_OFFICER,
  UNIT_HANDLER,
  SUPERVISOR,
  CHIEF_SERVICE_OFFICER,
  LEADER
})
public class TimeLimitResource {
  @Inject TimeLimits timeLimits;
  @Context UriInfo uri;

  @GET
  public PageResponse<TimeLimitRuleView> list(
      @QueryParam("channel") String channel,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order) {
    PageRequest page = QueryParameters.page(offset, limit, sort, order);
    Channel wanted = QueryParameters.enumValue(Channel.class, channel, "channel");
    return PageResponse.of(timeLimits.find(wanted, page), page);
  }

  @GET
  @Path("{id}")
  public TimeLimitRuleView get(@PathParam("id") long id) {
    return timeLimits.get(id);
  }

  @POST
  @RolesAllowed(ADMINISTRATOR)
  public Response create(NewCategoryRule command) {
    TimeLimitRuleView created = timeLimits.create(command);
    return Created.below(uri, created, created.id());
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(ADMINISTRATOR)
  public TimeLimitRuleView change(@PathParam("id") long id, TimeLimitSettings command) {
    return timeLimits.change(id, command);
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(ADMINISTRATOR)
  public Response remove(@PathParam("id") long id, @QueryParam("version") long version) {
    timeLimits.remove(id, version);
    return Response.noContent().build();
  }
}
