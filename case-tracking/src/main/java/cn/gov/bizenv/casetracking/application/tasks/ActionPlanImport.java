package cn.gov.bizenv.casetracking.application.tasks;

import cn.gov.bizenv.casetracking.application.batches.BatchImportMode;

/**
 * Imports the three-year action plan's tasks (三年行动方案) from an Excel workbook (.xlsx) whose first
 * sheet has, under a header row, the columns: item number (任务编号), content (任务内容), target (目标), lead
 * unit or special group by name (牵头单位), responsible person (责任人), cooperating units by name
 * separated by 、 or commas (配合单位), final deadline (完成时限), reporting cadence (报送频次: 周报, 月报, 季报, 节点
 * or the cadence's name) and the milestones (节点: each "date title", separated by ； or new lines).
 * The preview stores nothing; committing checks the workbook again and records each row through the
 * same rules as {@link TaskHandling#create}, in one transaction: all rows or none, or the valid
 * rows only. The office's triage officers and supervisors.
 */
public interface ActionPlanImport {
  /** A city's plan runs to a few hundred tasks. */
  int MAX_ROWS = 2000;

  /** 5 MB, as for the case batch import. */
  int MAX_BYTES = 5 * 1024 * 1024;

  PlanPreview preview(byte[] workbook);

  /**
   * Records the plan's tasks. {@code progress} (may be null) hears after each recorded row how far
   * the import has come, for a progress bar.
   *
   * @throws cn.gov.bizenv.casetracking.domain.shared.RuleViolationException {@code
   *     import.invalidRows} when {@code mode} is {@code ALL_ROWS} and a row has problems, {@code
   *     plan.noValidRows} when no row is valid
   */
  PlanOutcome commit(byte[] workbook, BatchImportMode mode, Progress progress);

  /** Told how many rows have been recorded so far. */
  @FunctionalInterface
  interface Progress {
    void recorded(int rows, int total);
  }
}
