package cn.gov.bizenv.portal.web.tasks;

import cn.gov.bizenv.casetracking.application.tasks.LedgerFilter;
import cn.gov.bizenv.casetracking.application.tasks.TaskLedger;
import cn.gov.bizenv.casetracking.domain.model.task.TaskStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's tasks section: how many tasks stand in each status, in the reader's scope, each
 * count linking to the ledger filtered by that status.
 */
@Named
@RequestScoped
public class TaskFigures {
  /** One status and its count. */
  public record StatusCount(TaskStatus status, long count) {}

  @Inject TaskLedger ledger;

  private List<StatusCount> byStatus;

  public List<StatusCount> getByStatus() {
    if (byStatus == null) {
      byStatus = new ArrayList<>();
      for (TaskStatus status : TaskStatus.values()) {
        byStatus.add(
            new StatusCount(
                status,
                ledger.count(new LedgerFilter(null, null, null, status, false, null, null))));
      }
    }
    return byStatus;
  }
}
