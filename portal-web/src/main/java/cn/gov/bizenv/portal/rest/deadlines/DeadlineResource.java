package cn.gov.bizenv.portal.rest.deadlines;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.calendar.DeadlineQuery;
import cn.gov.bizenv.casetracking.application.calendar.DeadlineView;
import cn.gov.bizenv.casetracking.application.calendar.Deadlines;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.portal.rest.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** What the time limits make of a case received at a given moment; open to everyone signed in. */
@Path("deadlines")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  ADMINISTRATOR,
  TRIAGE_OFFICER,
  UNIT_HANDLER,
  SUPERVISOR,
  CHIEF_SERVICE_OFFICER,
  LEADER
})
public class DeadlineResource {
  @Inject Deadlines deadlines;

  @GET
  public DeadlineView compute(
      @QueryParam("channel") String channel,
      @QueryParam("category") String category,
      @QueryParam("receivedAt") String receivedAt,
      @QueryParam("dispatchedAt") String dispatchedAt,
      @QueryParam("extension") Integer extension) {
    return deadlines.compute(
        new DeadlineQuery(
            QueryParameters.enumValue(Channel.class, channel, "channel"),
            category,
            QueryParameters.dateTime(receivedAt, "receivedAt"),
            QueryParameters.dateTime(dispatchedAt, "dispatchedAt"),
            List.of(),
            extension == null ? 0 : extension));
  }
}
