package cn.gov.bizenv.portal.web.reports;

import cn.gov.bizenv.casetracking.application.cases.CaseSummary;
import cn.gov.bizenv.casetracking.application.reports.Dashboard;
import cn.gov.bizenv.casetracking.application.reports.RankingRow;
import cn.gov.bizenv.casetracking.application.reports.ReportPeriod;
import cn.gov.bizenv.casetracking.application.reports.Reports;
import cn.gov.bizenv.casetracking.application.reports.UnitRanking;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.model.report.KeyCount;
import cn.gov.bizenv.casetracking.domain.model.report.RankingComponent;
import cn.gov.bizenv.casetracking.domain.model.report.SeriesPoint;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.portal.web.shell.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Excel exports. A drill-down export walks the same paged query as the list on screen, page by
 * page, so its rows are exactly the list's total and memory stays bounded (a streaming workbook
 * keeps only a window of rows).
 */
public final class ReportWorkbook {
  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ReportWorkbook() {}

  /** The cases behind one figure: a header row, then one row per case. */
  public static byte[] cases(
      Reports reports, Figure figure, String key, ReportPeriod period, Locale locale) {
    try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
      Sheet sheet = book.createSheet(text(locale, "report.export.casesSheet"));
      header(
          sheet,
          locale,
          "case.trackingNumber",
          "case.title",
          "case.channel",
          "case.unit",
          "case.leadUnit",
          "case.category",
          "case.status",
          "case.receivedAt");
      int rowIndex = 1;
      int offset = 0;
      while (true) {
        Page<CaseSummary> page =
            reports.drillDown(
                figure, key, period, new PageRequest(offset, PageRequest.MAX_LIMIT, null, false));
        for (CaseSummary c : page.items()) {
          Row row = sheet.createRow(rowIndex++);
          row.createCell(0).setCellValue(c.trackingNumber());
          row.createCell(1).setCellValue(c.title());
          row.createCell(2).setCellValue(text(locale, "channel." + c.channel()));
          row.createCell(3).setCellValue(c.concernedUnitName());
          row.createCell(4).setCellValue(c.leadUnitName() == null ? "" : c.leadUnitName());
          row.createCell(5).setCellValue(c.categoryPath() == null ? "" : c.categoryPath());
          row.createCell(6).setCellValue(text(locale, "status." + c.status()));
          row.createCell(7).setCellValue(TIME.format(c.receivedAt()));
        }
        offset += page.items().size();
        if (page.items().isEmpty() || offset >= page.total()) {
          break;
        }
      }
      return bytes(book);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every dashboard table on its own sheet, the headline figures first. */
  public static byte[] dashboard(Dashboard d, Locale locale) {
    try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
      Sheet summary = book.createSheet(text(locale, "report.export.summarySheet"));
      header(summary, locale, "report.figure", "report.value");
      Object[][] figures = {
        {"report.period", d.period().from() + " ~ " + d.period().to()},
        {"report.received", d.received()},
        {"report.closed", d.closed()},
        {"report.replyDue", d.replyDue()},
        {"report.onTime", d.onTime()},
        {"report.onTimeRate", d.onTimeRate()},
        {"report.overdue", d.overdue()},
        {"report.handled", d.handled()},
        {"report.averageHandlingDays", d.averageHandlingWorkingDays()},
        {"report.rated", d.rated()},
        {"report.satisfied", d.satisfied()},
        {"report.satisfactionRate", d.satisfactionRate()},
        {"report.closedOnce", d.closedOnce()},
        {"report.reopened", d.reopened()},
        {"report.reopenRate", d.reopenRate()},
      };
      int r = 1;
      for (Object[] figure : figures) {
        Row row = summary.createRow(r++);
        row.createCell(0).setCellValue(text(locale, (String) figure[0]));
        if (figure[1] instanceof Number n) {
          row.createCell(1).setCellValue(n.doubleValue());
        } else if (figure[1] != null) {
          row.createCell(1).setCellValue(String.valueOf(figure[1]));
        }
      }
      rows(book, locale, "report.byChannel", d.byChannel(), "channel.");
      rows(book, locale, "report.byStatus", d.byStatus(), "status.");
      rows(book, locale, "report.byTopCategory", d.byTopCategory(), null);
      rows(book, locale, "report.bySecondCategory", d.bySecondCategory(), null);
      rows(book, locale, "report.byLeadUnit", d.byLeadUnit(), null);
      rows(book, locale, "report.byDistrict", d.byDistrict(), null);
      Sheet series = book.createSheet(text(locale, "report.series"));
      header(series, locale, "report.bucket", "report.received", "report.closed");
      r = 1;
      for (SeriesPoint p : d.series()) {
        Row row = series.createRow(r++);
        row.createCell(0).setCellValue(p.start().toString());
        row.createCell(1).setCellValue(p.received());
        row.createCell(2).setCellValue(p.closed());
      }
      return bytes(book);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The unit ranking: a header row, then one row per unit in the ranking's order (place, unit,
   * score, trend, then each component in {@link RankingComponent}'s order); a value the unit has
   * not got (no base, no place) is an empty cell.
   */
  public static byte[] ranking(UnitRanking ranking, Locale locale) {
    try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
      Sheet sheet = book.createSheet(text(locale, "ranking.export.sheet"));
      RankingComponent[] parts = RankingComponent.values();
      String[] keys = new String[4 + parts.length];
      keys[0] = "ranking.place";
      keys[1] = "ranking.unit";
      keys[2] = "ranking.score";
      keys[3] = "ranking.trend";
      for (int i = 0; i < parts.length; i++) {
        keys[4 + i] = "rankingComponent." + parts[i].name();
      }
      header(sheet, locale, keys);
      int r = 1;
      for (RankingRow unit : ranking.rows()) {
        Row row = sheet.createRow(r++);
        number(row, 0, unit.place());
        row.createCell(1).setCellValue(unit.unitName() == null ? "" : unit.unitName());
        number(row, 2, unit.score());
        number(row, 3, unit.trend());
        for (int i = 0; i < parts.length; i++) {
          number(row, 4 + i, unit.components().get(parts[i].name()));
        }
      }
      return bytes(book);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void number(Row row, int column, Number value) {
    if (value != null) {
      row.createCell(column).setCellValue(value.doubleValue());
    }
  }

  private static void rows(
      SXSSFWorkbook book, Locale locale, String titleKey, List<KeyCount> rows, String labelPrefix) {
    Sheet sheet = book.createSheet(text(locale, titleKey));
    header(sheet, locale, "report.row", "report.count");
    int r = 1;
    for (KeyCount row : rows) {
      Row line = sheet.createRow(r++);
      line.createCell(0)
          .setCellValue(labelPrefix == null ? row.label() : text(locale, labelPrefix + row.key()));
      line.createCell(1).setCellValue(row.count());
    }
  }

  private static void header(Sheet sheet, Locale locale, String... keys) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < keys.length; i++) {
      row.createCell(i).setCellValue(text(locale, keys[i]));
    }
  }

  private static String text(Locale locale, String key) {
    return Texts.lookup(locale, key);
  }

  private static byte[] bytes(SXSSFWorkbook book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    book.write(out);
    book.dispose();
    return out.toByteArray();
  }
}
