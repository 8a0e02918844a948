package cn.gov.bizenv.casetracking.application.tasks.internal;

import cn.gov.bizenv.casetracking.application.notifications.internal.NotificationSender;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.task.Task;
import cn.gov.bizenv.casetracking.domain.model.task.TaskRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts task messages in the bells of the lead (the lead unit's handlers, and for a special group
 * its member units' handlers too) and of the office, in the caller's transaction.
 */
@ApplicationScoped
public class TaskNotices {
  @Inject NotificationSender sender;
  @Inject TaskRepository tasks;

  void toLead(Task task, String key, String except) {
    Set<Long> leadUnits = new LinkedHashSet<>();
    leadUnits.add(task.getLeadUnit().getId());
    leadUnits.addAll(tasks.membersOf(task.getLeadUnit().getId()));
    for (Long unit : leadUnits) {
      sender.toRole(Role.UNIT_HANDLER, unit, except, key, arguments(task), null);
    }
  }

  void toOffice(Task task, String key, String except) {
    sender.toRole(Role.SUPERVISOR, null, except, key, arguments(task), null);
    sender.toRole(Role.TRIAGE_OFFICER, null, except, key, arguments(task), null);
  }

  static List<String> arguments(Task task) {
    String content = task.getContent();
    return List.of(
        String.valueOf(task.getId()),
        content.length() > 60 ? content.substring(0, 60) + "…" : content,
        task.getDeadline().toString());
  }
}
