package cn.gov.bizenv.casetracking.platform.imports;

import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an Excel workbook (.xlsx) as rows of text, below its header row. Cells are
 * read as Excel shows them, so a number typed into a text column reads as typed; empty rows are
 * left out, and each kept row remembers its number for messages.
 */
public final class SpreadsheetRows {
  /** One row: its number as Excel shows it and its cells' text, blank cells as empty strings. */
  public record SheetRow(int number, List<String> cells) {
    public String cell(int index) {
      return index < cells.size() ? cells.get(index) : "";
    }
  }

  private SpreadsheetRows() {}

  /**
   * @throws RuleViolationException {@code import.file.unreadable} if the bytes are not an .xlsx
   *     workbook, {@code import.file.tooLong} if it has more than {@code maxRows} rows
   */
  public static List<SheetRow> read(byte[] workbook, int columns, int maxRows) {
    if (workbook == null || workbook.length == 0) {
      throw new RuleViolationException("import.file.empty");
    }
    DataFormatter formatter = new DataFormatter();
    List<SheetRow> rows = new ArrayList<>();
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      Sheet sheet = book.getSheetAt(0);
      for (Row row : sheet) {
        if (row.getRowNum() == 0) {
          continue; // the header
        }
        List<String> cells = new ArrayList<>(columns);
        boolean blank = true;
        for (int i = 0; i < columns; i++) {
          Cell cell = row.getCell(i, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
          String text = cell == null ? "" : formatter.formatCellValue(cell).strip();
          blank &= text.isEmpty();
          cells.add(text);
        }
        if (!blank) {
          if (rows.size() == maxRows) {
            throw new RuleViolationException("import.file.tooLong", maxRows);
          }
          rows.add(new SheetRow(row.getRowNum() + 1, List.copyOf(cells)));
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      if (unreadable instanceof RuleViolationException refused) {
        throw refused;
      }
      throw new RuleViolationException("import.file.unreadable");
    }
    return rows;
  }
}
