package cn.gov.bizenv.casetracking.application.notifications.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.notifications.NotificationView;
import cn.gov.bizenv.casetracking.application.notifications.Notifications;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.notification.Notification;
import cn.gov.bizenv.casetracking.domain.model.notification.NotificationRepository;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Everyone signed in reads and clears their own notifications, and only their own. */
@Stateless
@RolesAllowed({
  ADMINISTRATOR,
  TRIAGE_OFFICER,
  UNIT_HANDLER,
  SUPERVISOR,
  CHIEF_SERVICE_OFFICER,
  LEADER
})
public class NotificationService implements Notifications {
  @Inject NotificationRepository notifications;
  @Inject Callers callers;
  @Inject PortalClock clock;

  @Override
  public long unreadCount() {
    return notifications.countUnread(me());
  }

  @Override
  public Page<NotificationView> mine(PageRequest page) {
    String me = me();
    return new Page<>(notifications.forRecipient(me, page), notifications.countForRecipient(me))
        .map(NotificationService::view);
  }

  @Override
  public NotificationView markRead(long id) {
    Notification notification =
        notifications
            .find(id)
            .filter(found -> found.getRecipient().equals(me()))
            .orElseThrow(() -> new NotFoundException("notification", id));
    notification.markRead(clock.now());
    return view(notification);
  }

  @Override
  public int markAllRead() {
    return notifications.markAllRead(me(), clock.now());
  }

  private String me() {
    return callers.current().username();
  }

  static NotificationView view(Notification notification) {
    return new NotificationView(
        notification.getId(),
        notification.getMessageKey(),
        notification.getArguments(),
        notification.getCaseId(),
        notification.getCreatedAt(),
        notification.isRead());
  }
}
