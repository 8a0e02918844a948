package cn.gov.bizenv.casetracking.application.cases.internal;

import cn.gov.bizenv.casetracking.application.notifications.internal.NotificationSender;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseWatcher;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseWatcherRepository;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Tells the people who follow a case (its watchers) of its milestones, in the acting transaction. A
 * chief service officer starts watching each firm's request they raise on a visit, because the firm
 * asks them, not the handling unit, how its problem is getting on; the officer does not see the
 * case itself, so the bell is how they learn of its progress.
 */
@ApplicationScoped
public class CaseWatching {
  @Inject CaseWatcherRepository watchers;
  @Inject NotificationSender notify;
  @Inject PortalClock clock;

  public void watch(CaseFile caseFile, String username) {
    watchers.add(new CaseWatcher(caseFile.getId(), username, clock.now()));
  }

  /**
   * After an action: each watcher but the actor hears of a milestone (the action's row says whether
   * it is one; day-to-day handling such as sign-off and progress notes is not).
   */
  public void tell(CaseFile caseFile, ActionDefinition action, String actor) {
    if (!action.milestone()) {
      return;
    }
    List<String> arguments = List.of(caseFile.getTrackingNumber(), caseFile.getTitle());
    for (String watcher : watchers.watchers(caseFile.getId())) {
      if (!watcher.equals(actor)) {
        notify.toAccount(
            watcher, "notice.watch." + action.action().name(), arguments, caseFile.getId());
      }
    }
  }
}
