package cn.gov.bizenv.casetracking.domain.model.category;

import java.util.List;

/**
 * One record of an imported CSV file.
 *
 * @param line the file's line on which the record starts (1 is the first line)
 * @param cells the record's fields as written
 * @param malformed whether its quoting is broken (an unterminated or stray quote)
 */
public record CsvRecord(int line, List<String> cells, boolean malformed) {
  public CsvRecord {
    cells = List.copyOf(cells);
  }

  /** Whether every cell is empty or blank: such lines are ignored. */
  public boolean isBlank() {
    return cells.stream().allMatch(String::isBlank);
  }
}
