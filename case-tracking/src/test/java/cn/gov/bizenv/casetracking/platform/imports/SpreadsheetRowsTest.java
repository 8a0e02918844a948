package cn.gov.bizenv.casetracking.platform.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import cn.gov.bizenv.casetracking.platform.imports.SpreadsheetRows.SheetRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Rows below the header as text, numbered as Excel numbers them, without empty rows. */
class SpreadsheetRowsTest {
  @Test
  void readsTextAndNumbersAsShownAndSkipsEmptyRows() throws IOException {
    byte[] book =
        workbook(
            new Object[] {"企业名称", "统一社会信用代码"},
            new Object[] {" 濮阳龙丰纸业有限公司 ", "91350100M000100Y43"},
            new Object[] {"", ""},
            new Object[] {"数字企业", 12345});
    List<SheetRow> rows = SpreadsheetRows.read(book, 3, 10);
    assertEquals(2, rows.size());
    assertEquals(2, rows.get(0).number());
    assertEquals("濮阳龙丰纸业有限公司", rows.get(0).cell(0));
    assertEquals("", rows.get(0).cell(2), "a missing cell reads as empty");
    assertEquals(4, rows.get(1).number());
    assertEquals("12345", rows.get(1).cell(1));
  }

  @Test
  void refusesWhatIsNotAWorkbookAndTooManyRows() throws IOException {
    assertEquals(
        "import.file.unreadable",
        assertThrows(
                RuleViolationException.class,
                () -> SpreadsheetRows.read("a,b".getBytes(StandardCharsets.UTF_8), 2, 10))
            .messageKey());
    assertEquals(
        "import.file.empty",
        assertThrows(RuleViolationException.class, () -> SpreadsheetRows.read(new byte[0], 2, 10))
            .messageKey());
    byte[] book =
        workbook(new Object[] {"h"}, new Object[] {"a"}, new Object[] {"b"}, new Object[] {"c"});
    assertEquals(
        "import.file.tooLong",
        assertThrows(RuleViolationException.class, () -> SpreadsheetRows.read(book, 1, 2))
            .messageKey());
  }

  /**
   * A workbook's XML cannot hold a control character, so Excel writes one as the escape {@code
   * _x0001_}; it is read back as the character, so that the row's checks refuse it as the form's
   * do. (POI writing a workbook puts "?" in its place instead.)
   */
  @Test
  void aControlCharacterEscapedInACellIsReadAsTheCharacter() throws IOException {
    byte[] book = rewritten(workbook(new Object[] {"标题"}, new Object[] {"路灯控不亮"}), "控", "_x0001_");
    assertEquals("路灯\u0001不亮", SpreadsheetRows.read(book, 1, 10).get(0).cell(0));
  }

  /** The workbook with {@code text} replaced by {@code raw} in its shared strings' XML. */
  static byte[] rewritten(byte[] workbook, String text, String raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook));
        var zip = new java.util.zip.ZipOutputStream(out)) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("xl/sharedStrings.xml")) {
          content =
              new String(content, StandardCharsets.UTF_8)
                  .replace(text, raw)
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
        zip.write(content);
      }
    }
    return out.toByteArray();
  }

  static byte[] workbook(Object[]... rows) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet();
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object value = rows[r][c];
          if (value instanceof Number number) {
            row.createCell(c).setCellValue(number.doubleValue());
          } else {
            row.createCell(c).setCellValue((String) value);
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }
}
