package cn.gov.bizenv.chiefservice.application.assignments;

import java.util.List;

/**
 * One row of an assignment spreadsheet as read, what confirming would do with it, and its problems
 * (none when valid).
 *
 * @param rowNumber the row's number as the spreadsheet shows it (the header is row 1)
 */
public record ImportRow(
    int rowNumber,
    String firmName,
    String creditCode,
    String industry,
    String size,
    String district,
    String officer,
    ImportAction action,
    List<ImportProblem> problems) {
  public ImportRow {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}
