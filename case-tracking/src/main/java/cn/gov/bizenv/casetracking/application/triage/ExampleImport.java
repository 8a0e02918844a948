package cn.gov.bizenv.casetracking.application.triage;

import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import java.util.List;

/**
 * What an import of training examples did: rows accepted (stored, unless a preview) and refused,
 * each refused row with its problems.
 */
public record ExampleImport(
    boolean dryRun, int accepted, int refused, List<RefusedRow> refusedRows) {
  /** A refused row: its line (CSV) or row number (workbook) and what is wrong, by column. */
  public record RefusedRow(int line, List<FieldViolation> problems) {}
}
