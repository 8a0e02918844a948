package cn.gov.bizenv.portal.web.reports;

import cn.gov.bizenv.casetracking.application.reports.BulletinView;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.NotableCase;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.RankedUnit;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.SupervisedUnit;
import cn.gov.bizenv.casetracking.domain.model.report.KeyCount;
import cn.gov.bizenv.portal.web.shell.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A bulletin as an Excel workbook: the summary (title, period, status, foreword and headline
 * figures as numbers), then one sheet per table. A bulletin is small, so a plain workbook will do.
 */
public final class BulletinWorkbook {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private BulletinWorkbook() {}

  public static byte[] of(BulletinView b, Locale locale) {
    BulletinContent c = b.content();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet summary = book.createSheet(t(locale, "bulletin.export.summarySheet"));
      int r = 0;
      r = pair(summary, r, t(locale, "bulletin.title"), b.summary().title());
      r = pair(summary, r, t(locale, "bulletin.period"), c.from() + " ~ " + c.to());
      r =
          pair(
              summary,
              r,
              t(locale, "bulletin.status"),
              t(locale, "bulletinStatus." + b.summary().status()));
      r = pair(summary, r, t(locale, "bulletin.asOf"), TIME.format(c.asOf()));
      r =
          pair(
              summary, r, t(locale, "bulletin.foreword"), c.foreword() == null ? "" : c.foreword());
      for (BulletinRows.FigureValue figure : BulletinRows.values(c)) {
        Row row = summary.createRow(r++);
        row.createCell(0).setCellValue(t(locale, figure.labelKey()));
        if (figure.value() != null) {
          row.createCell(1).setCellValue(figure.value().doubleValue());
        }
      }

      Sheet overdue =
          sheet(book, locale, "bulletin.overdueByUnit", "case.leadUnit", "report.overdue");
      r = 1;
      for (KeyCount k : c.overdueByUnit()) {
        Row row = overdue.createRow(r++);
        row.createCell(0).setCellValue(k.label());
        row.createCell(1).setCellValue(k.count());
      }

      Sheet supervised =
          sheet(
              book,
              locale,
              "bulletin.supervisedUnits",
              "case.leadUnit",
              "event.URGE",
              "event.ISSUE_SUPERVISION_ORDER",
              "event.ISSUE_NOTICE",
              "event.RECORD_ACCOUNTABILITY");
      r = 1;
      for (SupervisedUnit u : c.supervisedUnits()) {
        Row row = supervised.createRow(r++);
        row.createCell(0).setCellValue(u.unitName());
        row.createCell(1).setCellValue(u.urges());
        row.createCell(2).setCellValue(u.orders());
        row.createCell(3).setCellValue(u.notices());
        row.createCell(4).setCellValue(u.accountabilities());
      }

      Sheet notable =
          sheet(
              book,
              locale,
              "bulletin.notableCases",
              "case.trackingNumber",
              "case.title",
              "case.leadUnit",
              "case.status",
              "bulletin.replyDue",
              "bulletin.daysOverdue",
              "bulletin.remark");
      r = 1;
      for (NotableCase n : c.notableCases()) {
        Row row = notable.createRow(r++);
        row.createCell(0).setCellValue(n.trackingNumber());
        row.createCell(1).setCellValue(n.title());
        row.createCell(2).setCellValue(n.leadUnitName() == null ? "" : n.leadUnitName());
        row.createCell(3).setCellValue(t(locale, "status." + n.status()));
        row.createCell(4).setCellValue(n.replyDue() == null ? "" : TIME.format(n.replyDue()));
        if (n.daysOverdue() != null) {
          row.createCell(5).setCellValue(n.daysOverdue());
        }
        row.createCell(6).setCellValue(n.remark() == null ? "" : n.remark());
      }

      Sheet ranking =
          sheet(
              book,
              locale,
              "bulletin.ranking",
              "ranking.place",
              "case.leadUnit",
              "ranking.score",
              "ranking.trend");
      r = 1;
      for (RankedUnit u : c.ranking()) {
        Row row = ranking.createRow(r++);
        if (u.place() != null) {
          row.createCell(0).setCellValue(u.place());
        }
        row.createCell(1).setCellValue(u.unitName());
        if (u.score() != null) {
          row.createCell(2).setCellValue(u.score());
        }
        if (u.trend() != null) {
          row.createCell(3).setCellValue(u.trend());
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int pair(Sheet sheet, int r, String label, String value) {
    Row row = sheet.createRow(r);
    row.createCell(0).setCellValue(label);
    row.createCell(1).setCellValue(value);
    return r + 1;
  }

  private static Sheet sheet(XSSFWorkbook book, Locale locale, String title, String... headers) {
    Sheet sheet = book.createSheet(t(locale, title));
    Row row = sheet.createRow(0);
    for (int i = 0; i < headers.length; i++) {
      row.createCell(i).setCellValue(t(locale, headers[i]));
    }
    return sheet;
  }

  private static String t(Locale locale, String key) {
    return Texts.lookup(locale, key);
  }
}
