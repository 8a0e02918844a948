package cn.gov.bizenv.portal.rest.notifications;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.notifications.NotificationView;
import cn.gov.bizenv.casetracking.application.notifications.Notifications;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
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
import jakarta.ws.rs.core.MediaType;
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

  @GET
  public PageResponse<NotificationView> mine(
      @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
    PageRequest page = QueryParameters.page(offset, limit, null, null);
    return PageResponse.of(notifications.mine(page), page);
  }

  @GET
  @Path("unread-count")
  public Map<String, Long> unreadCount() {
    return Map.of("unread", notifications.unreadCount());
  }

  @POST
  @Path("{id}/read")
  public NotificationView markRead(@PathParam("id") long id) {
    return notifications.markRead(id);
  }

  @POST
  @Path("read-all")
  public Map<String, Integer> markAllRead() {
    return Map.of("marked", notifications.markAllRead());
  }
}
