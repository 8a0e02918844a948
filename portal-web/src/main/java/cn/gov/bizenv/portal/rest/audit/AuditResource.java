package cn.gov.bizenv.portal.rest.audit;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.ADMINISTRATOR;

import cn.gov.bizenv.casetracking.application.audit.AuditLog;
import cn.gov.bizenv.casetracking.domain.model.audit.AuditEntry;
import cn.gov.bizenv.casetracking.domain.model.audit.AuditEventType;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.portal.rest.PageResponse;
import cn.gov.bizenv.portal.rest.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The audit log for administrators: read only, newest first, filtered by person, event, period. */
@Path("audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMINISTRATOR)
public class AuditResource {
  @Inject AuditLog audit;

  @GET
  public PageResponse<AuditEntry> find(
      @QueryParam("actor") String actor,
      @QueryParam("event") String event,
      @QueryParam("from") String from,
      @QueryParam("until") String until,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit) {
    PageRequest page = QueryParameters.page(offset, limit, null, null);
    return PageResponse.of(
        audit.find(
            actor,
            QueryParameters.enumValue(AuditEventType.class, event, "event"),
            QueryParameters.dateTime(from, "from"),
            QueryParameters.dateTime(until, "until"),
            page),
        page);
  }
}
