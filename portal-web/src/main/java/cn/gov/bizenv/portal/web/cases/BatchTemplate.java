package cn.gov.bizenv.portal.web.cases;

import cn.gov.bizenv.portal.web.shell.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The empty workbook officers fill in for a batch import of assigned cases: one header row in the
 * reader's language, in the column order {@code CaseBatchImport} reads, every column as text so
 * that phone and identity numbers keep their leading zeros and all their digits.
 */
public final class BatchTemplate {
  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String FILE_NAME = "batch-template.xlsx";

  static final List<String> COLUMNS =
      List.of(
          "batch.column.title",
          "batch.column.content",
          "batch.column.unit",
          "batch.column.category",
          "batch.column.writerName",
          "batch.column.writerPhone",
          "batch.column.writerIdNumber");

  private BatchTemplate() {}

  public static byte[] workbook(Locale locale) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(Texts.lookup(locale, "batch.template.sheet"));
      CellStyle text = book.createCellStyle();
      text.setDataFormat(book.createDataFormat().getFormat("@"));
      CellStyle header = book.createCellStyle();
      Font bold = book.createFont();
      bold.setBold(true);
      header.setFont(bold);
      Row row = sheet.createRow(0);
      for (int i = 0; i < COLUMNS.size(); i++) {
        row.createCell(i).setCellValue(Texts.lookup(locale, COLUMNS.get(i)));
        row.getCell(i).setCellStyle(header);
        sheet.setDefaultColumnStyle(i, text);
        sheet.setColumnWidth(i, (i == 1 ? 60 : 20) * 256);
      }
      sheet.createFreezePane(0, 1);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
