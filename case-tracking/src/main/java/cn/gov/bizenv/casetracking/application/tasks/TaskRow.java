package cn.gov.bizenv.casetracking.application.tasks;

import cn.gov.bizenv.casetracking.domain.model.task.ReportingCadence;
import cn.gov.bizenv.casetracking.domain.model.task.SourceKind;
import cn.gov.bizenv.casetracking.domain.model.task.TaskStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of the ledger (台账).
 *
 * @param lastProgress what the last report said was done (进展情况)
 * @param workingDaysLate working days since the first date the task missed, while it is 逾期; 0
 *     otherwise
 */
public record TaskRow(
    long id,
    SourceKind source,
    String sourceReference,
    String content,
    long leadUnitId,
    String leadUnitName,
    String responsiblePerson,
    List<String> cooperatingUnitNames,
    LocalDate deadline,
    LocalDate nextMilestoneOn,
    LocalDate lastReportOn,
    String lastProgress,
    ReportingCadence cadence,
    TaskStatus status,
    int percentComplete,
    int workingDaysLate) {
  public TaskRow {
    cooperatingUnitNames = List.copyOf(cooperatingUnitNames);
  }
}
