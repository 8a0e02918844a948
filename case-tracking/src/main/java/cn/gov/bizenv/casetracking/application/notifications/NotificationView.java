package cn.gov.bizenv.casetracking.application.notifications;

import java.time.LocalDateTime;
import java.util.List;

/** One notification as its recipient sees it; the web layer words it from the key and arguments. */
public record NotificationView(
    long id,
    String messageKey,
    List<String> arguments,
    Long caseId,
    LocalDateTime createdAt,
    boolean read) {
  public NotificationView {
    arguments = List.copyOf(arguments);
  }
}
