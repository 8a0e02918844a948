package cn.gov.bizenv.portal.web.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.application.reports.BulletinSummary;
import cn.gov.bizenv.casetracking.application.reports.BulletinView;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.Figures;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.NotableCase;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.RankedUnit;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.SupervisedUnit;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinStatus;
import cn.gov.bizenv.casetracking.domain.model.bulletin.PeriodKind;
import cn.gov.bizenv.casetracking.domain.model.report.KeyCount;
import cn.gov.bizenv.casetracking.domain.model.report.SeriesPoint;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import cn.gov.bizenv.portal.web.shell.LocaleSelection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulletin's PDF keeps its Chinese text (embedded TrueType font, read back by PDFBox's text
 * extraction) and its workbook holds the same figures and rows. The font is Debian's
 * fonts-wqy-zenhei, which bin/test installs; fonts with CFF outlines (such as Noto CJK) are refused
 * clearly.
 */
class BulletinFilesTest {
  static final String LONG_TITLE = "二〇二六年十月营商环境督查通报关于各承办单位办理群众诉求情况的通报";

  static BulletinView bulletin() {
    LocalDate from = LocalDate.of(2026, 10, 1);
    LocalDate to = LocalDate.of(2026, 10, 31);
    StringBuilder foreword = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      foreword.append("各单位要高度重视超期未办案件，切实提高按时答复率。"); // long enough to wrap and page
    }
    BulletinContent content =
        new BulletinContent(
            from,
            to,
            LocalDateTime.of(2026, 11, 2, 9, 30),
            new Figures(120, 80, 90, 81, 90.0, 6, 40, 36, 90.0),
            List.of(new KeyCount("12", "华龙区", 4), new KeyCount("13", "清丰县", 2)),
            List.of(new SupervisedUnit(12, "华龙区", 3, 1, 1, 0)),
            List.of(
                new NotableCase(
                    7,
                    "LY20261001001",
                    "道路积水影响企业通行",
                    "华龙区",
                    "IN_PROGRESS",
                    LocalDateTime.of(2026, 10, 20, 17, 0),
                    13L,
                    "请重点督办")),
            true,
            List.of(
                new RankedUnit(1, 13, "清丰县", 91.5, 2.0), new RankedUnit(2, 12, "华龙区", 80.0, null)),
            foreword.toString(),
            List.of(
                new SeriesPoint(from, 30, 18),
                new SeriesPoint(from.plusDays(7), 34, 25),
                new SeriesPoint(from.plusDays(14), 28, 21),
                new SeriesPoint(from.plusDays(21), 28, 16)));
    return new BulletinView(
        new BulletinSummary(
            1,
            LONG_TITLE,
            PeriodKind.MONTHLY,
            from,
            to,
            BulletinStatus.APPROVED,
            "supervisor",
            null,
            "leader",
            LocalDateTime.of(2026, 11, 3, 10, 0),
            2026,
            3,
            3),
        content.foreword(),
        null,
        List.of(),
        true,
        content);
  }

  @Test
  void thePdfCarriesItsChineseTextInAnEmbeddedFont() throws IOException {
    byte[] pdf =
        BulletinPdf.render(
            bulletin(), Path.of(BulletinFont.DEFAULT), null, LocaleSelection.DEFAULT);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
      assertTrue(text.contains("市优化营商环境工作领导小组办公室督查通报"), "the issuing-office mark: " + text);
      assertTrue(text.contains("营商办督〔2026〕3号"), "the document number");
      assertTrue(text.contains(LONG_TITLE), "a long title wraps but keeps every character");
      assertTrue(text.contains("各县（区）人民政府、管委会，市直各有关单位："), "the addressees");
      assertTrue(text.contains("华龙区"), text);
      assertTrue(text.contains("请重点督办"), text);
      assertTrue(text.contains("受理量120"), "the figures stand in a table: " + text);
      assertTrue(text.contains("2026年11月3日印发"), "the print line carries the approval date");
      assertTrue(text.contains("—1—") && text.contains("—2—"), "pages are numbered");
      assertTrue(document.getNumberOfPages() >= 2, "a long foreword continues on the next page");
      // The mark and its rule are red: GB/T 9704 版头, read off the rendered first page.
      java.awt.image.BufferedImage first =
          new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 50);
      assertTrue(redPixels(first, 0, first.getHeight() / 3) > 200, "a red letterhead");
      assertEquals(0, redPixels(first, first.getHeight() / 2, first.getHeight()), "only there");
    }
  }

  @Test
  void aDraftIsNotNumberedAndSaysSo() throws IOException {
    BulletinView approved = bulletin();
    BulletinSummary s = approved.summary();
    BulletinView draft =
        new BulletinView(
            new BulletinSummary(
                s.id(),
                s.title(),
                s.periodKind(),
                s.from(),
                s.to(),
                BulletinStatus.DRAFT,
                s.draftedBy(),
                null,
                null,
                null,
                null,
                null,
                s.version()),
            approved.foreword(),
            null,
            List.of(),
            false,
            approved.content());
    byte[] pdf =
        BulletinPdf.render(draft, Path.of(BulletinFont.DEFAULT), null, LocaleSelection.DEFAULT);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
      assertTrue(text.contains("（草稿，审核通过后编号）"), text);
      assertTrue(!text.contains("〔2026〕"), "no number before approval");
    }
  }

  /** Pixels clearly red (the 公文 red) in rows {@code from} to {@code to} of the image. */
  static int redPixels(java.awt.image.BufferedImage image, int from, int to) {
    int red = 0;
    for (int y = from; y < to; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        if (r > 180 && g < 90 && b < 90) {
          red++;
        }
      }
    }
    return red;
  }

  @Test
  void aMissingFontIsRefusedWithTheReason() {
    RuleViolationException missing =
        assertThrows(
            RuleViolationException.class,
            () ->
                BulletinPdf.render(
                    bulletin(), Path.of("/nonexistent/font.ttf"), null, LocaleSelection.DEFAULT));
    assertEquals("bulletin.pdf.fontMissing", missing.messageKey());
  }

  /**
   * A font with CFF outlines, alone or as a collection's first face, is refused from its header.
   * The fixtures are written here: they carry only the headers the check reads, so the test needs
   * no font that nothing installs.
   */
  @Test
  void aFontWithCffOutlinesIsRefusedWithTheReason(@TempDir Path dir) throws IOException {
    Path otf = Files.write(dir.resolve("cff.otf"), cffFace());
    Path ttc = Files.write(dir.resolve("cff.ttc"), cffCollection());
    for (Path font : List.of(otf, ttc)) {
      RuleViolationException cff =
          assertThrows(
              RuleViolationException.class,
              () -> BulletinPdf.render(bulletin(), font, null, LocaleSelection.DEFAULT));
      assertEquals("bulletin.pdf.fontOutlines", cff.messageKey(), font.toString());
    }
  }

  /** An OpenType face's offset table with the "OTTO" version of CFF outlines and no tables. */
  static byte[] cffFace() {
    return ByteBuffer.allocate(12).putInt(0x4F54544F).putShort((short) 0).array();
  }

  /** A collection ("ttcf", version 1.0) of one face, placed right after the 16-byte header. */
  static byte[] cffCollection() {
    byte[] face = cffFace();
    return ByteBuffer.allocate(16 + face.length)
        .putInt(0x74746366)
        .putInt(0x00010000)
        .putInt(1)
        .putInt(16)
        .put(face)
        .array();
  }

  @Test
  void theWorkbookHoldsTheFiguresAndRows() throws IOException {
    byte[] book = BulletinWorkbook.of(bulletin(), LocaleSelection.DEFAULT);
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(book))) {
      Sheet summary = workbook.getSheetAt(0);
      assertEquals(LONG_TITLE, summary.getRow(0).getCell(1).getStringCellValue());
      assertEquals("受理量", summary.getRow(5).getCell(0).getStringCellValue());
      assertEquals(120, summary.getRow(5).getCell(1).getNumericCellValue());
      Sheet overdue = workbook.getSheet("各单位超期未办情况");
      assertEquals(3, overdue.getPhysicalNumberOfRows());
      assertEquals("华龙区", overdue.getRow(1).getCell(0).getStringCellValue());
      assertEquals(4, overdue.getRow(1).getCell(1).getNumericCellValue());
      Sheet notable = workbook.getSheet("重点案件");
      assertEquals("请重点督办", notable.getRow(1).getCell(6).getStringCellValue());
      Sheet ranking = workbook.getSheet("承办单位评价考核排名");
      assertEquals("清丰县", ranking.getRow(1).getCell(1).getStringCellValue());
    }
  }
}
