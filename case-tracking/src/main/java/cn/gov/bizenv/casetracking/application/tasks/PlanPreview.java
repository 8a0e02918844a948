package cn.gov.bizenv.casetracking.application.tasks;

import java.util.List;

/** What an action plan workbook holds, row by row, before anything is stored. */
public record PlanPreview(List<PlanRow> rows, int validRows, int invalidRows) {
  public PlanPreview {
    rows = List.copyOf(rows);
  }

  public static PlanPreview of(List<PlanRow> rows) {
    int valid = (int) rows.stream().filter(PlanRow::valid).count();
    return new PlanPreview(rows, valid, rows.size() - valid);
  }
}
