package cn.gov.bizenv.casetracking.application.tasks.internal;

import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.task.Task;
import cn.gov.bizenv.casetracking.domain.model.task.TaskAction;
import cn.gov.bizenv.casetracking.domain.model.task.TaskLifecycle;
import cn.gov.bizenv.casetracking.domain.model.task.TaskParty;
import cn.gov.bizenv.casetracking.domain.model.task.TaskRepository;
import cn.gov.bizenv.casetracking.domain.model.task.TaskStatus;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Who may see a task and as whom they act on it: the office (triage officers and supervisors) and
 * leaders see every task; a unit handler the tasks their unit leads, or that a special group their
 * unit is a member of leads (they act as the lead), or that their unit cooperates in (read only).
 */
@ApplicationScoped
public class TaskAccess {
  private final TaskLifecycle lifecycle = new TaskLifecycle();

  @Inject TaskRepository tasks;

  static boolean isOffice(CallerProfile caller) {
    return caller.hasRole(Role.TRIAGE_OFFICER) || caller.hasRole(Role.SUPERVISOR);
  }

  static boolean seesAll(CallerProfile caller) {
    return isOffice(caller) || caller.hasRole(Role.LEADER);
  }

  /** The units whose tasks a unit handler sees: their own and the groups it is a member of. */
  Set<Long> scopeOf(CallerProfile caller) {
    if (seesAll(caller)) {
      return null;
    }
    if (!caller.hasRole(Role.UNIT_HANDLER)) {
      return Set.of();
    }
    Set<Long> units = new HashSet<>(tasks.groupsOf(caller.unitId()));
    units.add(caller.unitId());
    return units;
  }

  /** The task, if the caller may see it; otherwise reported as not found. */
  Task visibleTask(long id, CallerProfile caller) {
    return tasks
        .find(id)
        .filter(task -> seesAll(caller) || leads(task, caller) || cooperates(task, caller))
        .orElseThrow(() -> new NotFoundException("task", id));
  }

  /** Refuses, as not found, a report that is not the task's. */
  void requireReport(Task task, long reportId) {
    boolean ours = tasks.reports(task.getId()).stream().anyMatch(r -> r.getId() == reportId);
    if (!ours) {
      throw new NotFoundException("report", reportId);
    }
  }

  /** Whether the caller's unit leads the task, itself or as a member of the lead group. */
  boolean leads(Task task, CallerProfile caller) {
    if (!caller.hasRole(Role.UNIT_HANDLER)) {
      return false;
    }
    long lead = task.getLeadUnit().getId();
    return lead == caller.unitId() || tasks.groupsOf(caller.unitId()).contains(lead);
  }

  private static boolean cooperates(Task task, CallerProfile caller) {
    return caller.hasRole(Role.UNIT_HANDLER)
        && task.getCooperatingUnits().stream().anyMatch(unit -> unit.getId() == caller.unitId());
  }

  /** As whom the caller may act on the task. */
  Set<TaskParty> partiesOf(Task task, CallerProfile caller) {
    Set<TaskParty> parties = EnumSet.noneOf(TaskParty.class);
    if (isOffice(caller)) {
      parties.add(TaskParty.OFFICE);
    }
    if (leads(task, caller)) {
      parties.add(TaskParty.LEAD);
    }
    return parties;
  }

  /**
   * The status the action leads to, for the caller.
   *
   * @throws RuleViolationException when the status allows no such action or the caller may not take
   *     it
   */
  TaskStatus check(Task task, TaskAction action, CallerProfile caller) {
    RuleViolationException refusal = null;
    for (TaskParty party : partiesOf(task, caller)) {
      try {
        return lifecycle.check(task.getStatus(), action, party);
      } catch (RuleViolationException refused) {
        refusal = refused;
      }
    }
    if (refusal != null) {
      throw refusal;
    }
    // Readers (leaders, cooperating units) take no action on a task.
    throw new RuleViolationException("task.refused.party", action.name(), task.getStatus().name());
  }

  /** The actions the caller may take now. */
  Set<TaskAction> allowedActions(Task task, CallerProfile caller) {
    Set<TaskAction> allowed = EnumSet.noneOf(TaskAction.class);
    for (TaskParty party : partiesOf(task, caller)) {
      allowed.addAll(lifecycle.allowedActions(task.getStatus(), party));
    }
    return allowed;
  }
}
