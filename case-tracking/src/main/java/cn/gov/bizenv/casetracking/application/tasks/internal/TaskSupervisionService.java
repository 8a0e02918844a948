package cn.gov.bizenv.casetracking.application.tasks.internal;

import cn.gov.bizenv.casetracking.application.calendar.internal.WorkingDayCalendars;
import cn.gov.bizenv.casetracking.application.tasks.TaskSupervision;
import cn.gov.bizenv.casetracking.application.tasks.TaskSweepResult;
import cn.gov.bizenv.casetracking.domain.model.task.Task;
import cn.gov.bizenv.casetracking.domain.model.task.TaskLadder;
import cn.gov.bizenv.casetracking.domain.model.task.TaskRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Walks the open tasks in id batches and raises what the ladder says is due. It runs from the
 * platform's timer without a caller ({@code @PermitAll}); the API offers it to supervisors only.
 */
@Stateless
@PermitAll
public class TaskSupervisionService implements TaskSupervision {
  static final int BATCH = 200;
  private static final Logger LOG = Logger.getLogger(TaskSupervisionService.class.getName());

  @Inject TaskRepository tasks;
  @Inject TaskStepRecorder recorder;
  @Inject WorkingDayCalendars calendars;

  @Override
  public TaskSweepResult sweep(LocalDateTime asOf) {
    LocalDate today = asOf.toLocalDate();
    TaskLadder ladder = new TaskLadder(calendars.current());
    int checked = 0;
    int raised = 0;
    long after = 0;
    for (List<Task> batch = tasks.openAfter(after, BATCH);
        !batch.isEmpty();
        batch = tasks.openAfter(after, BATCH)) {
      for (Task task : batch) {
        checked++;
        after = task.getId();
        Set<String> done = tasks.raisedSteps(task.getId());
        for (TaskLadder.DueStep step :
            ladder.dueOn(task, today, tasks.reportedPeriods(task.getId()))) {
          if (done.contains(step.key())) {
            continue;
          }
          try {
            recorder.raise(task.getId(), step);
            raised++;
          } catch (EJBException raisedElsewhere) {
            // Another server raised this step first: the unique constraint refused this one.
            LOG.fine(() -> step.key() + " of task " + task.getId() + " already raised");
          }
        }
      }
    }
    if (raised > 0) {
      final int count = raised;
      final int seen = checked;
      LOG.info(() -> "task sweep: " + seen + " tasks checked, " + count + " steps raised");
    }
    return new TaskSweepResult(checked, raised);
  }
}
