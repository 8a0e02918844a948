package cn.gov.bizenv.portal.web.tasks;

import cn.gov.bizenv.casetracking.application.tasks.LedgerFilter;
import cn.gov.bizenv.casetracking.application.tasks.TaskLedger;
import cn.gov.bizenv.casetracking.application.tasks.TaskRow;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.portal.web.shell.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The ledger as Excel, in the columns offices keep ledgers in: 序号, 任务来源, 任务内容, 牵头单位, 责任人, 配合单位,
 * 完成时限, 进展情况, 完成状态, 备注. It walks the same paged query as the page, so its rows are the ledger's
 * total, and a streaming workbook keeps memory bounded.
 */
public final class LedgerWorkbook {
  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The header keys, in column order. */
  static final List<String> COLUMNS =
      List.of(
          "task.export.number",
          "task.export.source",
          "task.export.content",
          "task.export.lead",
          "task.export.responsible",
          "task.export.cooperating",
          "task.export.deadline",
          "task.export.progress",
          "task.export.status",
          "task.export.remarks");

  private LedgerWorkbook() {}

  public static byte[] of(TaskLedger ledger, LedgerFilter filter, Locale locale) {
    try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
      Sheet sheet = book.createSheet(Texts.lookup(locale, "task.export.sheet"));
      Row header = sheet.createRow(0);
      for (int i = 0; i < COLUMNS.size(); i++) {
        header.createCell(i).setCellValue(Texts.lookup(locale, COLUMNS.get(i)));
      }
      int rowIndex = 1;
      int offset = 0;
      while (true) {
        Page<TaskRow> page =
            ledger.ledger(filter, new PageRequest(offset, PageRequest.MAX_LIMIT, "id", true));
        for (TaskRow task : page.items()) {
          Row row = sheet.createRow(rowIndex);
          row.createCell(0).setCellValue(rowIndex);
          row.createCell(1).setCellValue(source(task, locale));
          row.createCell(2).setCellValue(task.content());
          row.createCell(3).setCellValue(task.leadUnitName());
          row.createCell(4).setCellValue(orEmpty(task.responsiblePerson()));
          row.createCell(5).setCellValue(String.join("、", task.cooperatingUnitNames()));
          row.createCell(6).setCellValue(task.deadline().toString());
          row.createCell(7).setCellValue(orEmpty(task.lastProgress()));
          row.createCell(8)
              .setCellValue(
                  Texts.lookup(locale, "taskStatus." + task.status())
                      + " "
                      + task.percentComplete()
                      + "%");
          row.createCell(9).setCellValue(remarks(task, locale));
          rowIndex++;
        }
        offset += page.items().size();
        if (page.items().isEmpty() || offset >= page.total()) {
          break;
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      book.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String source(TaskRow task, Locale locale) {
    String kind = Texts.lookup(locale, "taskSource." + task.source());
    return task.sourceReference() == null ? kind : kind + " " + task.sourceReference();
  }

  private static String remarks(TaskRow task, Locale locale) {
    return task.workingDaysLate() > 0
        ? Texts.format(locale, "task.daysLate.days", List.of(task.workingDaysLate()))
        : "";
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
