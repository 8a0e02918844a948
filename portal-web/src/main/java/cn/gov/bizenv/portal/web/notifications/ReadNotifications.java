package cn.gov.bizenv.portal.web.notifications;

import cn.gov.bizenv.casetracking.application.notifications.NotificationView;
import cn.gov.bizenv.casetracking.application.notifications.Notifications;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.PagedModel;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The person's notifications, newest first, one page at a time. */
@Named
@ViewScoped
public class ReadNotifications implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Notifications notifications;
  @Inject transient Texts texts;
  @Inject transient FacesErrors errors;
  private PagedModel<NotificationView> model;

  @PostConstruct
  void init() {
    model = new PagedModel<>(page -> notifications.mine(page), NotificationView::id);
  }

  public String text(NotificationView notification) {
    return texts.get(notification.messageKey(), notification.arguments().toArray());
  }

  public void markRead(NotificationView notification) {
    try {
      notifications.markRead(notification.id());
    } catch (DomainException problem) {
      errors.show(problem, "notificationsForm");
    }
  }

  public void markAllRead() {
    int count = notifications.markAllRead();
    errors.info("notifications.allRead", count);
  }

  public PagedModel<NotificationView> getModel() {
    return model;
  }
}
