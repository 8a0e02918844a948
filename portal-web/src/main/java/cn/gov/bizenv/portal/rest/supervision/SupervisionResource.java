package cn.gov.bizenv.portal.rest.supervision;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.application.supervision.OverdueCase;
import cn.gov.bizenv.casetracking.application.supervision.Supervision;
import cn.gov.bizenv.casetracking.application.supervision.SweepResult;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.portal.rest.PageResponse;
import cn.gov.bizenv.portal.rest.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;

/**
 * The overdue board and the supervision sweep. The sweep runs by itself every ten minutes; asking
 * for it here raises at once what is due (for example after a holiday arrangement was entered), and
 * {@code asOf} lets an administrator replay it for a given moment.
 */
@Path("supervision")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({SUPERVISOR, LEADER, TRIAGE_OFFICER, ADMINISTRATOR})
public class SupervisionResource {
  @Inject Supervision supervision;
  @Inject PortalClock clock;

  @POST
  @Path("sweep")
  @RolesAllowed({SUPERVISOR, ADMINISTRATOR})
  public SweepResult sweep(@QueryParam("asOf") String asOf) {
    return supervision.sweep(moment(asOf));
  }

  @GET
  @Path("overdue")
  public PageResponse<OverdueCase> overdue(
      @QueryParam("asOf") String asOf,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = QueryParameters.page(offset, limit, null, null);
    return PageResponse.of(supervision.overdue(moment(asOf), page), page);
  }

  private LocalDateTime moment(String asOf) {
    LocalDateTime given = QueryParameters.dateTime(asOf, "asOf");
    return given != null ? given : clock.now();
  }
}
