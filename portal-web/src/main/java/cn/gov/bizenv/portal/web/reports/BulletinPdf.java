package cn.gov.bizenv.portal.web.reports;

import cn.gov.bizenv.casetracking.application.reports.BulletinSummary;
import cn.gov.bizenv.casetracking.application.reports.BulletinView;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.NotableCase;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.RankedUnit;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.SupervisedUnit;
import cn.gov.bizenv.casetracking.domain.model.report.KeyCount;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import cn.gov.bizenv.portal.web.shell.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A bulletin as an official document (公文) after GB/T 9704-2012 on A4: the red issuing-office mark
 * and rule, the document number, the title, the addressees, the body with its figures, tables and
 * charts, the issuing office and date, and the print line between its rules; page numbers as the
 * standard places them. A bulletin not yet approved has no number and says it is a draft. The
 * Chinese font is embedded (subset); lines wrap by the font's own widths.
 */
public final class BulletinPdf {
  public static final String MEDIA_TYPE = "application/pdf";
  private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm");

  private final OfficialDocumentLayout page;
  private final Locale locale;
  private final BulletinLetterhead.Heading letterhead;

  private BulletinPdf(
      OfficialDocumentLayout page, Locale locale, BulletinLetterhead.Heading letterhead) {
    this.page = page;
    this.locale = locale;
    this.letterhead = letterhead;
  }

  /** Renders the bulletin under the default letterhead. */
  public static byte[] render(BulletinView bulletin, Path fontFile, String face, Locale locale) {
    return render(bulletin, fontFile, face, locale, BulletinLetterhead.DEFAULT);
  }

  /** Renders the bulletin; the font is read from {@code fontFile} (a face of a collection). */
  public static byte[] render(
      BulletinView bulletin,
      Path fontFile,
      String face,
      Locale locale,
      BulletinLetterhead.Heading letterhead) {
    if (!java.nio.file.Files.isReadable(fontFile)) {
      throw new RuleViolationException("bulletin.pdf.fontMissing", fontFile.toString());
    }
    if (postScriptOutlines(fontFile)) {
      throw new RuleViolationException("bulletin.pdf.fontOutlines", fontFile.toString());
    }
    try (PDDocument document = new PDDocument()) {
      String name = fontFile.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".ttc") || name.endsWith(".otc")) {
        try (TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile())) {
          TrueTypeFont chosen = face == null ? first(collection) : collection.getFontByName(face);
          if (chosen == null) {
            throw new RuleViolationException(
                "bulletin.pdf.fontMissing", fontFile + " (" + face + ")");
          }
          return write(document, load(document, chosen, fontFile), bulletin, locale, letterhead);
        }
      }
      TrueTypeFont single;
      try {
        single = new TTFParser().parse(new RandomAccessReadBufferedFile(fontFile.toFile()));
      } catch (IOException e) {
        throw new RuleViolationException("bulletin.pdf.fontOutlines", fontFile.toString());
      }
      try (single) {
        return write(document, load(document, single, fontFile), bulletin, locale, letterhead);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether the (first) face has CFF outlines ("OTTO"), read from the header alone: parsing a whole
   * Noto CJK collection only to refuse it would take seconds.
   */
  static boolean postScriptOutlines(Path file) {
    try (java.nio.channels.FileChannel in = java.nio.channels.FileChannel.open(file)) {
      java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(16);
      in.read(head, 0);
      int tag = head.getInt(0);
      long face = 0;
      if (tag == 0x74746366) { // "ttcf": the first face's offset follows the header
        face = Integer.toUnsignedLong(head.getInt(12));
      }
      java.nio.ByteBuffer version = java.nio.ByteBuffer.allocate(4);
      in.read(version, face);
      return version.getInt(0) == 0x4F54544F; // "OTTO"
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TrueTypeFont first(TrueTypeCollection collection) throws IOException {
    TrueTypeFont[] first = new TrueTypeFont[1];
    collection.processAllFonts(
        f -> {
          if (first[0] == null) {
            first[0] = f;
          }
        });
    return first[0];
  }

  private static PDType0Font load(PDDocument document, TrueTypeFont font, Path file)
      throws IOException {
    // PDFBox subsets only glyf outlines; a CFF-outline OpenType font (Noto CJK) would fail at save.
    if (!font.getTableMap().containsKey("glyf")) {
      throw new RuleViolationException("bulletin.pdf.fontOutlines", file.toString());
    }
    return PDType0Font.load(document, font, true);
  }

  private static byte[] write(
      PDDocument document,
      PDType0Font font,
      BulletinView bulletin,
      Locale locale,
      BulletinLetterhead.Heading letterhead)
      throws IOException {
    OfficialDocumentLayout page = new OfficialDocumentLayout(document, font);
    BulletinPdf pdf = new BulletinPdf(page, locale, letterhead);
    page.newPage();
    pdf.head(bulletin);
    pdf.body(bulletin.content());
    pdf.close(bulletin);
    page.numberPages();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    document.save(bytes);
    return bytes.toByteArray();
  }

  /** 版头 and title: the red mark, the number, the red rule, the title and the addressees. */
  private void head(BulletinView b) throws IOException {
    String mark = letterhead.issuer() + text("bulletin.pdf.markSuffix");
    // The mark fills the text width at most; its top 35 mm below the text area's top.
    float size =
        Math.min(36, OfficialDocumentLayout.WIDTH / Math.max(1, page.width(mark, 1)) * 0.98f);
    page.moveDown(35 * OfficialDocumentLayout.MM - OfficialDocumentLayout.LINE);
    page.centred(mark, size, OfficialDocumentLayout.RED, true);
    page.moveDown(OfficialDocumentLayout.LINE);
    BulletinSummary summary = b.summary();
    String number = letterhead.documentNumber(summary.documentYear(), summary.documentNumber());
    page.centred(
        number == null ? text("bulletin.pdf.draftNumber") : number,
        OfficialDocumentLayout.SIZE_3,
        OfficialDocumentLayout.BLACK,
        false);
    float rule = page.y() - 4 * OfficialDocumentLayout.MM;
    page.rule(rule, OfficialDocumentLayout.RED, 1.2f);
    page.moveDown(4 * OfficialDocumentLayout.MM + OfficialDocumentLayout.LINE);
    page.centred(
        summary.title(), OfficialDocumentLayout.SIZE_2, OfficialDocumentLayout.BLACK, true);
    page.moveDown(OfficialDocumentLayout.LINE / 2);
    page.paragraphFlush(letterhead.addressees() + "：", OfficialDocumentLayout.SIZE_3);
  }

  private void body(BulletinContent c) throws IOException {
    float three = OfficialDocumentLayout.SIZE_3;
    if (c.foreword() != null) {
      page.paragraph(c.foreword(), three);
    }
    page.paragraph(
        format(
            "bulletin.pdf.scope",
            chineseDate(c.from()),
            chineseDate(c.to()),
            chineseDate(c.asOf().toLocalDate())
                + (locale.getLanguage().equals("zh")
                    ? c.asOf().getHour() + "时" + String.format("%02d", c.asOf().getMinute()) + "分"
                    : " " + TIME_OF_DAY.format(c.asOf()))),
        three);

    page.heading(text("bulletin.pdf.section1") + text("bulletin.figures"));
    List<List<String>> figures = new ArrayList<>();
    List<String[]> all = BulletinRows.figures(c, locale);
    for (int i = 0; i < all.size(); i += 3) {
      List<String> row = new ArrayList<>();
      for (int j = i; j < i + 3; j++) {
        row.add(j < all.size() ? all.get(j)[0] : "");
        row.add(j < all.size() ? all.get(j)[1] : "");
      }
      figures.add(row);
    }
    page.table(
        List.of(
            text("bulletin.pdf.figure"),
            text("bulletin.pdf.value"),
            text("bulletin.pdf.figure"),
            text("bulletin.pdf.value"),
            text("bulletin.pdf.figure"),
            text("bulletin.pdf.value")),
        figures,
        new float[] {0.2f, 0.13f, 0.2f, 0.13f, 0.2f, 0.14f});
    if (!c.series().isEmpty()) {
      page.moveDown(6);
      page.paragraphFlush(text("bulletin.pdf.trend"), OfficialDocumentLayout.SIZE_TABLE);
      BulletinCharts.trend(page, c.series(), text("report.received"), text("report.closed"));
    }

    page.heading(text("bulletin.pdf.section2") + text("bulletin.overdueByUnit"));
    List<List<String>> overdue = new ArrayList<>();
    for (KeyCount k : c.overdueByUnit()) {
      overdue.add(List.of(nullToDash(k.label()), Long.toString(k.count())));
    }
    table(List.of(text("bulletin.pdf.unit"), text("report.overdue")), overdue, 0.7f, 0.3f);

    page.heading(text("bulletin.pdf.section3") + text("bulletin.supervisedUnits"));
    List<List<String>> supervised = new ArrayList<>();
    for (SupervisedUnit u : c.supervisedUnits()) {
      supervised.add(
          List.of(
              nullToDash(u.unitName()),
              Long.toString(u.urges()),
              Long.toString(u.orders()),
              Long.toString(u.notices()),
              Long.toString(u.accountabilities())));
    }
    table(
        List.of(
            text("bulletin.pdf.unit"),
            text("event.URGE"),
            text("event.ISSUE_SUPERVISION_ORDER"),
            text("event.ISSUE_NOTICE"),
            text("event.RECORD_ACCOUNTABILITY")),
        supervised,
        0.4f,
        0.15f,
        0.15f,
        0.15f,
        0.15f);

    page.heading(
        text("bulletin.pdf.section4")
            + text(c.notableChosen() ? "bulletin.notableCases" : "bulletin.longestOverdue"));
    List<List<String>> notable = new ArrayList<>();
    for (NotableCase n : c.notableCases()) {
      notable.add(
          List.of(
              n.trackingNumber(),
              n.title(),
              nullToDash(n.leadUnitName()),
              text("status." + n.status()),
              n.daysOverdue() == null ? "—" : n.daysOverdue().toString(),
              n.remark() == null ? "" : n.remark()));
    }
    table(
        List.of(
            text("case.trackingNumber"),
            text("case.title"),
            text("case.leadUnit"),
            text("case.status"),
            text("bulletin.daysOverdue"),
            text("bulletin.remark")),
        notable,
        0.17f,
        0.27f,
        0.16f,
        0.1f,
        0.1f,
        0.2f);

    page.heading(text("bulletin.pdf.section5") + text("bulletin.ranking"));
    List<List<String>> ranking = new ArrayList<>();
    for (RankedUnit r : c.ranking()) {
      ranking.add(
          List.of(
              r.place() == null ? "—" : r.place().toString(),
              nullToDash(r.unitName()),
              r.score() == null ? "—" : String.format(Locale.ROOT, "%.1f", r.score()),
              r.trend() == null ? "—" : String.format(Locale.ROOT, "%+.1f", r.trend())));
    }
    table(
        List.of(
            text("bulletin.pdf.place"),
            text("bulletin.pdf.unit"),
            text("bulletin.pdf.score"),
            text("bulletin.pdf.scoreTrend")),
        ranking,
        0.12f,
        0.5f,
        0.18f,
        0.2f);
    if (c.ranking().stream().anyMatch(r -> r.score() != null)) {
      page.moveDown(6);
      BulletinCharts.ranking(page, c.ranking());
    }
  }

  /** 落款 and 版记: the issuing office and date, then the print line between its rules. */
  private void close(BulletinView b) throws IOException {
    BulletinSummary summary = b.summary();
    java.time.LocalDate dated =
        summary.decidedAt() != null && summary.status().name().equals("APPROVED")
            ? summary.decidedAt().toLocalDate()
            : b.content().asOf().toLocalDate();
    String date = chineseDate(dated);
    page.moveDown(OfficialDocumentLayout.LINE);
    page.rightAligned(letterhead.issuer(), OfficialDocumentLayout.SIZE_3, 2);
    page.rightAligned(date, OfficialDocumentLayout.SIZE_3, 4);

    float four = OfficialDocumentLayout.SIZE_4;
    float lines = (letterhead.copyTo() == null ? 1 : 2) * four * 2f;
    page.ensureRoom(lines + OfficialDocumentLayout.LINE);
    // The 版记 sits at the foot of the last page.
    float at = OfficialDocumentLayout.BOTTOM + lines;
    page.rule(at, OfficialDocumentLayout.BLACK, 1f);
    float y = at;
    if (letterhead.copyTo() != null) {
      y -= four * 1.5f;
      page.show(
          text("bulletin.pdf.copyTo") + letterhead.copyTo(),
          OfficialDocumentLayout.LEFT + four,
          y,
          four,
          OfficialDocumentLayout.BLACK,
          false);
      y -= four * 0.5f;
      page.rule(y, OfficialDocumentLayout.BLACK, 0.5f);
    }
    y -= four * 1.5f;
    page.show(
        letterhead.issuer(),
        OfficialDocumentLayout.LEFT + four,
        y,
        four,
        OfficialDocumentLayout.BLACK,
        false);
    String printed = date + text("bulletin.pdf.printed");
    page.show(
        printed,
        OfficialDocumentLayout.LEFT
            + OfficialDocumentLayout.WIDTH
            - four
            - page.width(printed, four),
        y,
        four,
        OfficialDocumentLayout.BLACK,
        false);
    page.rule(OfficialDocumentLayout.BOTTOM, OfficialDocumentLayout.BLACK, 1f);
  }

  private void table(List<String> header, List<List<String>> rows, float... widths)
      throws IOException {
    if (rows.isEmpty()) {
      page.paragraph(text("bulletin.none"), OfficialDocumentLayout.SIZE_3);
      return;
    }
    page.table(header, rows, widths);
  }

  /** 2026年12月7日 as the standard writes dates, in Arabic numerals; ISO for other languages. */
  private String chineseDate(java.time.LocalDate date) {
    return locale.getLanguage().equals("zh")
        ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"
        : date.toString();
  }

  private String text(String key) {
    return Texts.lookup(locale, key);
  }

  private String format(String key, Object... arguments) {
    return Texts.format(locale, key, List.of(arguments));
  }

  private static String nullToDash(String s) {
    return s == null ? "—" : s;
  }
}
