package cn.gov.bizenv.casetracking.application.batches;

import java.util.List;

/**
 * Imports a batch of cases assigned by a higher authority (上级交办) from an Excel workbook (.xlsx)
 * whose first sheet has, under a header row, the columns title, content, concerned unit (its name),
 * category code, writer's name, writer's phone and writer's identity number (the last four
 * optional). The preview stores nothing; committing checks the workbook again and records every row
 * through the same intake steps as the forms, all in one transaction: all rows or none, or the
 * valid rows only when the officer chooses so. Triage officers and administrators.
 */
public interface CaseBatchImport {
  /** Batches run to a few hundred cases; larger workbooks are split. */
  int MAX_ROWS = 2000;

  /** 5 MB: a full workbook of {@link #MAX_ROWS} rows with long texts stays well below. */
  int MAX_BYTES = 5 * 1024 * 1024;

  /** Every row's problems, before anything is stored. */
  BatchPreview preview(byte[] workbook);

  /**
   * Records the batch and its cases. {@code progress} (may be null) hears after each recorded row
   * how far the import has come, for a progress bar.
   *
   * @throws cn.gov.bizenv.casetracking.domain.shared.RuleViolationException {@code
   *     import.invalidRows} when {@code mode} is {@link BatchImportMode#ALL_ROWS} and a row has
   *     problems, {@code batch.noValidRows} when no row is valid
   */
  BatchOutcome commit(
      NewBatch batch, byte[] workbook, BatchImportMode mode, BatchProgress progress);

  /** The most recently imported batches, newest first, for list filters. */
  List<BatchView> recentBatches();

  /** Told how many rows of the batch have been recorded so far. */
  @FunctionalInterface
  interface BatchProgress {
    void recorded(int rows, int total);
  }
}
