package cn.gov.bizenv.casetracking.application.tasks;

import cn.gov.bizenv.casetracking.application.attachments.AttachmentContent;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;

/**
 * Reading tasks: the ledger page by page with its count, and one task in full. The office and
 * leaders see every task; a unit the tasks it leads (itself or through a special group it is a
 * member of) or cooperates in; anyone else is told the task does not exist.
 */
public interface TaskLedger {
  /** A page of the ledger with the total matching the filter. */
  Page<TaskRow> ledger(LedgerFilter filter, PageRequest page);

  /** The number of tasks matching the filter, for the ledger's figures. */
  long count(LedgerFilter filter);

  /** One task in full. */
  TaskDetail detail(long taskId);

  /** One evidence file of a report, for whoever may see the task. */
  AttachmentContent download(long taskId, long reportId, long attachmentId);
}
