package cn.gov.bizenv.portal.rest.policies;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.ADMINISTRATOR;

import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.chiefservice.application.reminders.ReminderSweep;
import cn.gov.bizenv.chiefservice.application.reminders.Reminders;
import cn.gov.bizenv.portal.rest.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;

/**
 * The reminder sweep of chief service (undelivered pushes, firms overdue for a visit). It runs by
 * itself every hour; the policy office may run it at once, and {@code asOf} replays it for a given
 * moment.
 */
@Path("reminders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMINISTRATOR)
public class ReminderResource {
  @Inject Reminders reminders;
  @Inject PortalClock clock;

  @POST
  @Path("sweep")
  public ReminderSweep sweep(@QueryParam("asOf") String asOf) {
    LocalDateTime given = QueryParameters.dateTime(asOf, "asOf");
    return reminders.sweep(given != null ? given : clock.now());
  }
}
