package cn.gov.bizenv.casetracking.domain.model.task;

import static cn.gov.bizenv.casetracking.domain.model.task.TaskAction.ACCEPT;
import static cn.gov.bizenv.casetracking.domain.model.task.TaskAction.ASSIGN;
import static cn.gov.bizenv.casetracking.domain.model.task.TaskAction.CLAIM_COMPLETION;
import static cn.gov.bizenv.casetracking.domain.model.task.TaskAction.MARK_OVERDUE;
import static cn.gov.bizenv.casetracking.domain.model.task.TaskAction.MEET_MILESTONE;
import static cn.gov.bizenv.casetracking.domain.model.task.TaskAction.REPORT_PROGRESS;
import static cn.gov.bizenv.casetracking.domain.model.task.TaskAction.REVISE;
import static cn.gov.bizenv.casetracking.domain.model.task.TaskAction.SEND_BACK;
import static cn.gov.bizenv.casetracking.domain.model.task.TaskParty.LEAD;
import static cn.gov.bizenv.casetracking.domain.model.task.TaskParty.OFFICE;
import static cn.gov.bizenv.casetracking.domain.model.task.TaskParty.SYSTEM;
import static cn.gov.bizenv.casetracking.domain.model.task.TaskStatus.CLOSED;
import static cn.gov.bizenv.casetracking.domain.model.task.TaskStatus.COMPLETED;
import static cn.gov.bizenv.casetracking.domain.model.task.TaskStatus.IN_PROGRESS;
import static cn.gov.bizenv.casetracking.domain.model.task.TaskStatus.NOT_STARTED;
import static cn.gov.bizenv.casetracking.domain.model.task.TaskStatus.OVERDUE;

import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The task status machine as one table: for each status, the actions allowed, who may take them and
 * the status they lead to. A 已销号 task accepts nothing; a task sent back (退回补充) is in progress
 * again, and the next sweep marks it 逾期 once more if a date it missed still stands.
 */
public final class TaskLifecycle {

  private record Rule(TaskParty party, TaskStatus to) {}

  private final Map<TaskStatus, Map<TaskAction, Rule>> rules = new EnumMap<>(TaskStatus.class);

  /** Builds the table. */
  public TaskLifecycle() {
    for (TaskStatus status : TaskStatus.values()) {
      rules.put(status, new EnumMap<>(TaskAction.class));
    }
    //  from          action             who     to
    row(NOT_STARTED, ASSIGN, OFFICE, NOT_STARTED);
    row(NOT_STARTED, REVISE, OFFICE, NOT_STARTED);
    row(NOT_STARTED, REPORT_PROGRESS, LEAD, IN_PROGRESS);
    row(NOT_STARTED, MEET_MILESTONE, LEAD, IN_PROGRESS);
    row(NOT_STARTED, CLAIM_COMPLETION, LEAD, COMPLETED);
    row(NOT_STARTED, MARK_OVERDUE, SYSTEM, OVERDUE);

    row(IN_PROGRESS, ASSIGN, OFFICE, IN_PROGRESS);
    row(IN_PROGRESS, REVISE, OFFICE, IN_PROGRESS);
    row(IN_PROGRESS, REPORT_PROGRESS, LEAD, IN_PROGRESS);
    row(IN_PROGRESS, MEET_MILESTONE, LEAD, IN_PROGRESS);
    row(IN_PROGRESS, CLAIM_COMPLETION, LEAD, COMPLETED);
    row(IN_PROGRESS, MARK_OVERDUE, SYSTEM, OVERDUE);

    // Late work goes on being reported; the task stays 逾期 until its completion is claimed.
    row(OVERDUE, ASSIGN, OFFICE, OVERDUE);
    row(OVERDUE, REVISE, OFFICE, OVERDUE);
    row(OVERDUE, REPORT_PROGRESS, LEAD, OVERDUE);
    row(OVERDUE, MEET_MILESTONE, LEAD, OVERDUE);
    row(OVERDUE, CLAIM_COMPLETION, LEAD, COMPLETED);

    row(COMPLETED, ACCEPT, OFFICE, CLOSED);
    row(COMPLETED, SEND_BACK, OFFICE, IN_PROGRESS);
  }

  /**
   * The status the action leads to.
   *
   * @throws RuleViolationException {@code task.refused.status} when the status allows no such
   *     action, {@code task.refused.party} when someone else must take it
   */
  public TaskStatus check(TaskStatus from, TaskAction action, TaskParty party) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(party, "party");
    Rule rule = rules.get(from).get(action);
    if (rule == null) {
      throw new RuleViolationException("task.refused.status", action.name(), from.name());
    }
    if (rule.party() != party) {
      throw new RuleViolationException("task.refused.party", action.name(), from.name());
    }
    return rule.to();
  }

  /** The actions the party may take in the status, for offering only those. */
  public Set<TaskAction> allowedActions(TaskStatus status, TaskParty party) {
    Set<TaskAction> allowed = EnumSet.noneOf(TaskAction.class);
    rules
        .get(status)
        .forEach(
            (action, rule) -> {
              if (rule.party() == party) {
                allowed.add(action);
              }
            });
    return Collections.unmodifiableSet(allowed);
  }

  /** Whether the action must come with a reason (a send-back tells the lead what is missing). */
  public static boolean requiresReason(TaskAction action) {
    return action == SEND_BACK;
  }

  private void row(TaskStatus from, TaskAction action, TaskParty party, TaskStatus to) {
    if (rules.get(from).put(action, new Rule(party, to)) != null) {
      throw new IllegalStateException("two rules for " + action + " in " + from);
    }
  }
}
