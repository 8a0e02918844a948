package cn.gov.bizenv.casetracking.application.batches;

import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import java.util.List;

/**
 * One row of a batch workbook as read, with its problems (none when valid). Each problem names its
 * column ({@code title}, {@code content}, {@code unit}, {@code category}, {@code writerName},
 * {@code writerPhone}, {@code writerIdNumber}) and carries a message key with its quotable values.
 *
 * @param rowNumber the row's number as the spreadsheet shows it (the header is row 1)
 */
public record BatchRow(
    int rowNumber,
    String title,
    String unit,
    String category,
    String writerName,
    String writerPhone,
    List<FieldViolation> problems) {
  public BatchRow {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}
