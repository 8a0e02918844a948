package cn.gov.bizenv.casetracking.domain.model.category;

import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the category file administrators import: UTF-8 CSV (RFC 4180 quoting) with the columns
 * 一级分类, 二级分类, 三级分类, as exported by Excel's "CSV UTF-8". The header line is optional. Problems with
 * the file as a whole (encoding, size, no rows) are refused here; problems of single rows are left
 * to {@link CategoryImportPlan}, which reports them row by row.
 */
public final class CategoryCsv {
  public static final int MAX_BYTES = 1024 * 1024;
  public static final int MAX_ROWS = 5000;
  static final String FIELD = "file";
  private static final String FIRST_HEADER = "一级分类";

  private CategoryCsv() {}

  /** The file's data records (header and blank lines left out), each with its line number. */
  public static List<CsvRecord> read(byte[] content) {
    if (content == null || content.length == 0) {
      throw invalid("category.import.empty", Map.of());
    }
    if (content.length > MAX_BYTES) {
      throw invalid("category.import.tooLarge", Map.of("max", MAX_BYTES / 1024));
    }
    List<CsvRecord> records = parse(decode(content));
    if (!records.isEmpty() && isHeader(records.get(0))) {
      records.remove(0);
    }
    records.removeIf(CsvRecord::isBlank);
    if (records.isEmpty()) {
      throw invalid("category.import.empty", Map.of());
    }
    if (records.size() > MAX_ROWS) {
      throw invalid("category.import.tooManyRows", Map.of("max", MAX_ROWS));
    }
    return records;
  }

  // Excel in a Chinese Windows saves "CSV" in GBK: say so instead of importing mojibake.
  public static String decode(byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException notUtf8) {
      throw invalid("category.import.encoding", Map.of());
    }
  }

  /** Splits CSV text into records; quoted fields may hold commas, quotes ("") and line breaks. */
  public static List<CsvRecord> parse(String text) {
    List<CsvRecord> records = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    boolean quoted = false;
    boolean afterQuote = false;
    boolean malformed = false;
    boolean pending = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      pending = true;
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append(c);
        }
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
        afterQuote = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        records.add(new CsvRecord(recordLine, cells, malformed));
        cells = new ArrayList<>();
        cell.setLength(0);
        afterQuote = false;
        malformed = false;
        pending = false;
        line++;
        recordLine = line;
      } else if (afterQuote && Character.isWhitespace(c)) {
        // spaces between a closing quote and the next comma are harmless
      } else if (c == '"' && cell.toString().isBlank() && !afterQuote) {
        cell.setLength(0);
        quoted = true;
      } else {
        if (c == '"' || afterQuote) {
          malformed = true;
        }
        cell.append(c);
      }
    }
    if (pending) {
      cells.add(cell.toString());
      records.add(new CsvRecord(recordLine, cells, malformed || quoted));
    }
    return records;
  }

  private static boolean isHeader(CsvRecord record) {
    return !record.cells().isEmpty() && record.cells().get(0).strip().equals(FIRST_HEADER);
  }

  private static InvalidInputException invalid(String key, Map<String, Object> attributes) {
    return new InvalidInputException(List.of(new FieldViolation(FIELD, key, attributes)));
  }
}
