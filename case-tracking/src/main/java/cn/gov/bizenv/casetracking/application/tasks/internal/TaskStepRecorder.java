package cn.gov.bizenv.casetracking.application.tasks.internal;

import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseActor;
import cn.gov.bizenv.casetracking.domain.model.task.Task;
import cn.gov.bizenv.casetracking.domain.model.task.TaskAction;
import cn.gov.bizenv.casetracking.domain.model.task.TaskEvent;
import cn.gov.bizenv.casetracking.domain.model.task.TaskEventType;
import cn.gov.bizenv.casetracking.domain.model.task.TaskLadder;
import cn.gov.bizenv.casetracking.domain.model.task.TaskLifecycle;
import cn.gov.bizenv.casetracking.domain.model.task.TaskParty;
import cn.gov.bizenv.casetracking.domain.model.task.TaskRepository;
import cn.gov.bizenv.casetracking.domain.model.task.TaskStatus;
import cn.gov.bizenv.casetracking.domain.model.task.TaskSupervisionStep;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Raises one task step in a transaction of its own: the step's row first, so that a second server
 * raising it fails on the unique constraint before anything else happens; then 逾期 for a missed
 * date, the timeline event and the bells of the lead and the office. Called only by {@link
 * TaskSupervisionService} (hence {@code @PermitAll}: a local bean with no web entry point).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TaskStepRecorder {
  static final String SYSTEM = CaseActor.SYSTEM_ACTOR;
  private static final Map<String, TaskEventType> EVENTS =
      Map.of(
          TaskSupervisionStep.URGE_REPORT, TaskEventType.REPORT_URGED,
          TaskSupervisionStep.SUPERVISION_ORDER, TaskEventType.SUPERVISION_ORDER,
          TaskSupervisionStep.NOTICE, TaskEventType.NOTICE);

  private final TaskLifecycle lifecycle = new TaskLifecycle();

  @Inject TaskRepository tasks;
  @Inject TaskNotices notices;
  @Inject PortalClock clock;

  public void raise(long taskId, TaskLadder.DueStep step) {
    LocalDateTime now = clock.now();
    tasks.addStepNow(
        new TaskSupervisionStep(taskId, step.step(), step.subject(), step.dueOn(), now));
    Task task = tasks.find(taskId).orElseThrow();
    TaskStatus from = task.getStatus();
    if (step.marksOverdue()) {
      task.lateSince(step.dueOn());
      if (lifecycle.allowedActions(from, TaskParty.SYSTEM).contains(TaskAction.MARK_OVERDUE)) {
        task.moveTo(lifecycle.check(from, TaskAction.MARK_OVERDUE, TaskParty.SYSTEM));
        tasks.addEvent(
            new TaskEvent(
                taskId,
                TaskEventType.MARKED_OVERDUE,
                SYSTEM,
                now,
                from,
                task.getStatus(),
                step.subject()));
      }
    }
    tasks.addEvent(
        new TaskEvent(
            taskId, EVENTS.get(step.step()), SYSTEM, now, from, task.getStatus(), step.subject()));
    String key = "notice.task." + step.step();
    notices.toLead(task, key, null);
    notices.toOffice(task, key, null);
  }
}
