package cn.gov.bizenv.portal.web.notifications;

import cn.gov.bizenv.casetracking.application.notifications.Notifications;
import cn.gov.bizenv.portal.web.shell.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The bell in the header: how many of the person's notifications are unread. */
@Named
@RequestScoped
public class Bell {
  @Inject Notifications notifications;
  @Inject CurrentUser currentUser;
  private Long unread;

  public long getUnreadCount() {
    if (unread == null) {
      unread = currentUser.isSignedIn() ? notifications.unreadCount() : 0L;
    }
    return unread;
  }
}
