package cn.gov.bizenv.casetracking.domain.model.category;

import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import java.util.List;

/**
 * One row of an import preview: the names as written, what importing it does, the code of its
 * deepest node (given now or to be given), and its problems, each naming the column at fault
 * ({@code level1}, {@code level2}, {@code level3}) or {@code row}.
 */
public record ImportRow(
    int line,
    String level1,
    String level2,
    String level3,
    ImportOutcome outcome,
    String code,
    List<FieldViolation> problems) {
  public ImportRow {
    problems = List.copyOf(problems);
  }
}
