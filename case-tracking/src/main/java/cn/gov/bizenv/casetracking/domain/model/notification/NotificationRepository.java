package cn.gov.bizenv.casetracking.domain.model.notification;

import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/** Stores notifications and reads one person's, newest first. */
public interface NotificationRepository {
  void add(Notification notification);

  Optional<Notification> find(long id);

  List<Notification> forRecipient(String recipient, PageRequest page);

  long countForRecipient(String recipient);

  long countUnread(String recipient);

  int markAllRead(String recipient, java.time.LocalDateTime at);
}
