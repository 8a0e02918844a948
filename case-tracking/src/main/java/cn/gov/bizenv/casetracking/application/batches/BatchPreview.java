package cn.gov.bizenv.casetracking.application.batches;

import java.util.List;

/** What a batch workbook holds, row by row, before anything is stored. */
public record BatchPreview(List<BatchRow> rows, int validRows, int invalidRows) {
  public BatchPreview {
    rows = List.copyOf(rows);
  }

  public static BatchPreview of(List<BatchRow> rows) {
    int valid = (int) rows.stream().filter(BatchRow::valid).count();
    return new BatchPreview(rows, valid, rows.size() - valid);
  }
}
