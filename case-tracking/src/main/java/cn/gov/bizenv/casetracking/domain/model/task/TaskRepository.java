package cn.gov.bizenv.casetracking.domain.model.task;

import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Tasks with their timelines, reports, ladder steps and the special groups' members. */
public interface TaskRepository {
  Optional<Task> find(long id);

  void add(Task task);

  /** The ledger's page, newest deadline last by default. */
  List<Task> find(TaskCriteria criteria, PageRequest page);

  long count(TaskCriteria criteria);

  /** Open tasks with an id above {@code afterId}, in id order, for the sweep. */
  List<Task> openAfter(long afterId, int limit);

  void addEvent(TaskEvent event);

  List<TaskEvent> events(long taskId);

  void addReport(ProgressReport report);

  List<ProgressReport> reports(long taskId);

  /** The keys of the periods reported for. */
  Set<String> reportedPeriods(long taskId);

  /** Inserts at once, so a second server raising the same step fails here. */
  void addStepNow(TaskSupervisionStep step);

  /** The keys ({@link TaskSupervisionStep#key()}) of the steps raised for the task. */
  Set<String> raisedSteps(long taskId);

  void addMembership(GroupMembership membership);

  /** The special groups the unit is a member of. */
  Set<Long> groupsOf(long unitId);

  /** The member units of the group. */
  Set<Long> membersOf(long groupId);
}
