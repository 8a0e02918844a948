package cn.gov.bizenv.casetracking.application.tasks;

import cn.gov.bizenv.casetracking.domain.model.task.SourceKind;
import cn.gov.bizenv.casetracking.domain.model.task.TaskStatus;
import java.time.LocalDate;

/**
 * The ledger's filters, each optional: the source, the lead special group (its own tasks and its
 * members'), a unit (leading or cooperating), the status, only overdue tasks, and the period the
 * final deadline falls in.
 */
public record LedgerFilter(
    SourceKind source,
    Long groupId,
    Long unitId,
    TaskStatus status,
    boolean overdueOnly,
    LocalDate deadlineFrom,
    LocalDate deadlineTo) {
  public static LedgerFilter none() {
    return new LedgerFilter(null, null, null, null, false, null, null);
  }
}
