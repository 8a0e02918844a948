package cn.gov.bizenv.chiefservice.application.assignments;

import java.util.List;

/** What an assignment spreadsheet would do, row by row, before anything is stored. */
public record ImportPreview(List<ImportRow> rows, int validRows, int invalidRows) {
  public ImportPreview {
    rows = List.copyOf(rows);
  }

  public static ImportPreview of(List<ImportRow> rows) {
    int valid = (int) rows.stream().filter(ImportRow::valid).count();
    return new ImportPreview(rows, valid, rows.size() - valid);
  }
}
