package cn.gov.bizenv.casetracking.application.tasks;

import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import java.util.List;

/**
 * One row of an action plan workbook as read, with its problems (none when valid). Each problem
 * names its column ({@code item}, {@code content}, {@code target}, {@code lead}, {@code
 * responsible}, {@code cooperating}, {@code deadline}, {@code cadence}, {@code milestones}).
 *
 * @param rowNumber the row's number as the spreadsheet shows it (the header is row 1)
 */
public record PlanRow(
    int rowNumber,
    String item,
    String content,
    String lead,
    String deadline,
    int milestones,
    List<FieldViolation> problems) {
  public PlanRow {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}
