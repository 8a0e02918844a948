package cn.gov.bizenv.portal.web.tasks;

import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.application.tasks.NewRectification;
import cn.gov.bizenv.casetracking.application.tasks.Rectifications;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Starts a rectification task (整改) from a case in one click, such as a bulletin's notable case, due
 * a month later (the office moves the date on the task if needed), and opens it.
 */
@Named
@RequestScoped
public class StartRectification {
  @Inject Rectifications rectifications;
  @Inject PortalClock clock;
  @Inject FacesErrors errors;

  public String start(long caseId) {
    try {
      long id =
          rectifications.start(
              new NewRectification(caseId, null, null, clock.now().toLocalDate().plusMonths(1)));
      return "/tasks/detail?faces-redirect=true&id=" + id;
    } catch (DomainException problem) {
      errors.show(problem, "bulletinForm");
      return null;
    }
  }
}
