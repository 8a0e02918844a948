package cn.gov.bizenv.portal.rest.calendar;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.calendar.CalendarYearSummary;
import cn.gov.bizenv.casetracking.application.calendar.CalendarYearView;
import cn.gov.bizenv.casetracking.application.calendar.WorkingCalendar;
import cn.gov.bizenv.casetracking.application.calendar.WorkingDayCount;
import cn.gov.bizenv.casetracking.application.calendar.YearArrangementInput;
import cn.gov.bizenv.portal.rest.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The working-day calendar: everyone signed in reads it; administrators enter the years. */
@Path("calendar")
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
public class CalendarResource {
  @Inject WorkingCalendar calendar;

  @GET
  public List<CalendarYearSummary> years() {
    return calendar.years();
  }

  @GET
  @Path("{year}")
  public CalendarYearView year(@PathParam("year") int year) {
    return calendar.year(year);
  }

  @PUT
  @Path("{year}")
  @RolesAllowed(ADMINISTRATOR)
  public CalendarYearView save(@PathParam("year") int year, YearArrangementInput input) {
    return calendar.save(year, input);
  }

  /** Literal paths win over {@code {year}} in JAX-RS matching, so this never reads as a year. */
  @GET
  @Path("working-days")
  public WorkingDayCount workingDays(@QueryParam("from") String from, @QueryParam("to") String to) {
    return calendar.workingDays(QueryParameters.date(from, "from"), QueryParameters.date(to, "to"));
  }
}
