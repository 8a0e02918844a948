package cn.gov.bizenv.casetracking.application.notifications;

import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;

/** The signed-in person's bell: what they must act on, newest first. */
public interface Notifications {
  long unreadCount();

  Page<NotificationView> mine(PageRequest page);

  /** Marks one of the caller's own notifications read; another person's is not found. */
  NotificationView markRead(long id);

  int markAllRead();
}
