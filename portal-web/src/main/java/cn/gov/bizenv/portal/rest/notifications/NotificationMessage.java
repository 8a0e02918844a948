package cn.gov.bizenv.portal.rest.notifications;

import cn.gov.bizenv.casetracking.application.notifications.NotificationView;
import cn.gov.bizenv.portal.web.shell.Texts;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A notification over the API: the key and arguments a client may word itself, and the text worded
 * in the caller's language ({@code Accept-Language}), as the bell shows it.
 */
public record NotificationMessage(
    long id,
    String messageKey,
    List<String> arguments,
    String text,
    Long caseId,
    LocalDateTime createdAt,
    boolean read) {
  static NotificationMessage of(NotificationView view, Locale locale) {
    return new NotificationMessage(
        view.id(),
        view.messageKey(),
        view.arguments(),
        Texts.format(locale, view.messageKey(), List.<Object>copyOf(view.arguments())),
        view.caseId(),
        view.createdAt(),
        view.read());
  }
}
