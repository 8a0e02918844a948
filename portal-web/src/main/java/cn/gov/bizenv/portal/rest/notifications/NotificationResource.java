package cn.gov.bizenv.portal.rest.notifications;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.notifications.Notifications;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.portal.rest.CallerLanguage;
import cn.gov.bizenv.portal.rest.PageResponse;
import cn.gov.bizenv.portal.rest.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Map;

/** The caller's own notifications. */
@Path("notifications")
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
public class NotificationResource {
  @Inject Notifications notifications;
  @Context HttpHeaders headers;

  @GET
  public PageResponse<NotificationMessage> mine(
      @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
    PageRequest page = QueryParameters.page(offset, limit, null, null);
    Locale locale = CallerLanguage.of(headers);
    return PageResponse.of(
        notifications.mine(page).map(view -> NotificationMessage.of(view, locale)), page);
  }

  @GET
  @Path("unread-count")
  public Map<String, Long> unreadCount() {
    return Map.of("unread", notifications.unreadCount());
  }

  @POST
  @Path("{id}/read")
  public NotificationMessage markRead(@PathParam("id") long id) {
    return NotificationMessage.of(notifications.markRead(id), CallerLanguage.of(headers));
  }

  @POST
  @Path("read-all")
  public Map<String, Integer> markAllRead() {
    return Map.of("marked", notifications.markAllRead());
  }
}
