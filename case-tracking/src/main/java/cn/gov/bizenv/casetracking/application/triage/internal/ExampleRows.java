package cn.gov.bizenv.casetracking.application.triage.internal;

import cn.gov.bizenv.casetracking.domain.model.category.CategoryCsv;
import cn.gov.bizenv.casetracking.domain.model.category.CsvRecord;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import cn.gov.bizenv.casetracking.platform.imports.SpreadsheetRows;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a training-example file: CSV ({@code label,title,content[,unit]}, UTF-8, header row
 * first, RFC 4180 quoting so that contents may hold commas and line breaks) or an Excel workbook
 * (.xlsx, recognised by its ZIP signature) with the same columns under a header row.
 */
final class ExampleRows {
  static final int MAX_BYTES = 32 * 1024 * 1024;
  static final int MAX_ROWS = 50_000;

  /** A row as written; {@code malformed} when its CSV quoting is broken. */
  record Row(
      int line, String label, String title, String content, String unit, boolean malformed) {}

  private ExampleRows() {}

  static List<Row> read(byte[] file) {
    if (file == null || file.length == 0) {
      throw new RuleViolationException("import.file.empty");
    }
    if (file.length > MAX_BYTES) {
      throw new RuleViolationException("triage.import.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    return isWorkbook(file) ? workbook(file) : csv(file);
  }

  private static boolean isWorkbook(byte[] file) {
    return file.length > 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
  }

  private static List<Row> workbook(byte[] file) {
    List<Row> rows = new ArrayList<>();
    for (SpreadsheetRows.SheetRow row : SpreadsheetRows.read(file, 4, MAX_ROWS)) {
      rows.add(new Row(row.number(), row.cell(0), row.cell(1), row.cell(2), row.cell(3), false));
    }
    return rows;
  }

  private static List<Row> csv(byte[] file) {
    String text;
    try {
      text = CategoryCsv.decode(file);
    } catch (InvalidInputException notUtf8) {
      throw new RuleViolationException("triage.import.encoding");
    }
    List<CsvRecord> records = CategoryCsv.parse(text);
    List<Row> rows = new ArrayList<>();
    for (CsvRecord record : records.subList(Math.min(1, records.size()), records.size())) {
      if (record.isBlank()) {
        continue;
      }
      if (rows.size() == MAX_ROWS) {
        throw new RuleViolationException("import.file.tooLong", MAX_ROWS);
      }
      List<String> cells = record.cells();
      rows.add(
          new Row(
              record.line(),
              cell(cells, 0),
              cell(cells, 1),
              cell(cells, 2),
              cell(cells, 3),
              record.malformed() || cells.size() > 4));
    }
    return rows;
  }

  private static String cell(List<String> cells, int index) {
    return index < cells.size() ? cells.get(index).strip() : "";
  }
}
