package cn.gov.bizenv.casetracking.domain.model.task;

import java.time.LocalDate;
import java.util.Set;

/**
 * The ledger's filters; a null field does not filter. {@code unitId} matches a task the unit leads
 * or cooperates in; {@code groupId} a task led by the group or by one of its member units; {@code
 * deadlineFrom}/{@code deadlineTo} the period the final deadline falls in; {@code visibleTo} the
 * units whose tasks the caller may see (null: every task).
 */
public record TaskCriteria(
    SourceKind source,
    Long groupId,
    Long unitId,
    TaskStatus status,
    boolean overdueOnly,
    LocalDate deadlineFrom,
    LocalDate deadlineTo,
    Set<Long> visibleTo) {
  public TaskCriteria {
    visibleTo = visibleTo == null ? null : Set.copyOf(visibleTo);
  }

  public static TaskCriteria all() {
    return new TaskCriteria(null, null, null, null, false, null, null, null);
  }

  public TaskCriteria visibleTo(Set<Long> units) {
    return new TaskCriteria(
        source, groupId, unitId, status, overdueOnly, deadlineFrom, deadlineTo, units);
  }
}
