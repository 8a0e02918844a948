package cn.gov.bizenv.casetracking.application.directory;

import cn.gov.bizenv.casetracking.domain.model.category.ImportRow;
import java.util.List;

/**
 * The answer to a category import: whether the file is valid, whether it was stored, how many nodes
 * it adds (or added), and every row with what it does and its problems.
 */
public record CategoryImport(
    boolean valid, boolean committed, int newNodes, int invalidRows, List<ImportRow> rows) {
  public CategoryImport {
    rows = List.copyOf(rows);
  }
}
