package cn.gov.bizenv.portal.web.reports;

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
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A bulletin as an A4 PDF: title, period and status, the foreword, the headline figures and each
 * table, in the embedded (subset) Chinese font. Lines are wrapped by the font's own widths, so long
 * Chinese text without spaces breaks between characters.
 */
public final class BulletinPdf {
  public static final String MEDIA_TYPE = "application/pdf";
  private static final float MARGIN = 50;
  private static final float BODY = 10.5f;
  private static final float LEADING = 1.5f;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final PDDocument document;
  private final PDType0Font font;
  private final Locale locale;
  private PDPageContentStream out;
  private float y;

  private BulletinPdf(PDDocument document, PDType0Font font, Locale locale) {
    this.document = document;
    this.font = font;
    this.locale = locale;
  }

  /** Renders the bulletin; the font is read from {@code fontFile} (a face of a collection). */
  public static byte[] render(BulletinView bulletin, Path fontFile, String face, Locale locale) {
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
          return write(document, load(document, chosen, fontFile), bulletin, locale);
        }
      }
      TrueTypeFont single;
      try {
        single = new TTFParser().parse(new RandomAccessReadBufferedFile(fontFile.toFile()));
      } catch (IOException e) {
        throw new RuleViolationException("bulletin.pdf.fontOutlines", fontFile.toString());
      }
      try (single) {
        return write(document, load(document, single, fontFile), bulletin, locale);
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
      PDDocument document, PDType0Font font, BulletinView bulletin, Locale locale)
      throws IOException {
    BulletinPdf pdf = new BulletinPdf(document, font, locale);
    pdf.page();
    pdf.body(bulletin);
    pdf.out.close();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    document.save(bytes);
    return bytes.toByteArray();
  }

  private void body(BulletinView b) throws IOException {
    BulletinContent c = b.content();
    line(text("bulletin.pdf.heading"), 18);
    line(b.summary().title(), 14);
    line(
        text("bulletin.period")
            + ": "
            + c.from()
            + " ~ "
            + c.to()
            + "    "
            + text("bulletin.status")
            + ": "
            + text("bulletinStatus." + b.summary().status()),
        BODY);
    line(text("bulletin.asOf") + ": " + TIME.format(c.asOf()), BODY);
    if (c.foreword() != null) {
      gap();
      line(text("bulletin.foreword"), 13);
      line(c.foreword(), BODY);
    }
    gap();
    line(text("bulletin.figures"), 13);
    for (String[] row : BulletinRows.figures(c, locale)) {
      line(row[0] + ": " + row[1], BODY);
    }
    gap();
    line(text("bulletin.overdueByUnit"), 13);
    if (c.overdueByUnit().isEmpty()) {
      line(text("bulletin.none"), BODY);
    }
    for (KeyCount k : c.overdueByUnit()) {
      line(k.label() + ": " + k.count(), BODY);
    }
    gap();
    line(text("bulletin.supervisedUnits"), 13);
    if (c.supervisedUnits().isEmpty()) {
      line(text("bulletin.none"), BODY);
    }
    for (SupervisedUnit u : c.supervisedUnits()) {
      line(
          u.unitName()
              + ": "
              + text("event.URGE")
              + " "
              + u.urges()
              + ", "
              + text("event.ISSUE_SUPERVISION_ORDER")
              + " "
              + u.orders()
              + ", "
              + text("event.ISSUE_NOTICE")
              + " "
              + u.notices()
              + ", "
              + text("event.RECORD_ACCOUNTABILITY")
              + " "
              + u.accountabilities(),
          BODY);
    }
    gap();
    line(text(c.notableChosen() ? "bulletin.notableCases" : "bulletin.longestOverdue"), 13);
    if (c.notableCases().isEmpty()) {
      line(text("bulletin.none"), BODY);
    }
    for (NotableCase n : c.notableCases()) {
      line(
          n.trackingNumber()
              + "  "
              + n.title()
              + "  "
              + nullToDash(n.leadUnitName())
              + "  "
              + text("status." + n.status())
              + (n.daysOverdue() == null
                  ? ""
                  : "  " + text("bulletin.daysOverdue") + " " + n.daysOverdue()),
          BODY);
      if (n.remark() != null) {
        line("    " + n.remark(), BODY);
      }
    }
    gap();
    line(text("bulletin.ranking"), 13);
    if (c.ranking().isEmpty()) {
      line(text("bulletin.none"), BODY);
    }
    for (RankedUnit r : c.ranking()) {
      line(
          (r.place() == null ? "—" : r.place().toString())
              + ". "
              + r.unitName()
              + "  "
              + (r.score() == null ? "—" : r.score().toString()),
          BODY);
    }
  }

  private String text(String key) {
    return Texts.lookup(locale, key);
  }

  private static String nullToDash(String s) {
    return s == null ? "—" : s;
  }

  private void gap() {
    y -= BODY;
  }

  private void page() throws IOException {
    if (out != null) {
      out.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    out = new PDPageContentStream(document, page);
    y = page.getMediaBox().getHeight() - MARGIN;
  }

  /** Writes text at a size, wrapped to the page width, starting a new page when one is full. */
  private void line(String value, float size) throws IOException {
    float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    for (String part : wrap(clean(value), size, width)) {
      if (y - size * LEADING < MARGIN) {
        page();
      }
      y -= size * LEADING;
      out.beginText();
      out.setFont(font, size);
      out.newLineAtOffset(MARGIN, y);
      out.showText(part);
      out.endText();
    }
  }

  /** Control characters have no glyph; line breaks in text become separate lines in wrap. */
  private static String clean(String value) {
    return value == null ? "" : value.replace('\t', ' ').replace("\r", "");
  }

  private boolean printable(String ch) {
    try {
      font.encode(ch);
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false; // no glyph in the font: shown as "?" rather than failing the whole document
    }
  }

  private List<String> wrap(String value, float size, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : value.split("\n", -1)) {
      StringBuilder current = new StringBuilder();
      int i = 0;
      while (i < paragraph.length()) {
        int cp = paragraph.codePointAt(i);
        String ch = new String(Character.toChars(cp));
        String glyph = printable(ch) ? ch : "?";
        if (current.length() > 0 && font.getStringWidth(current + glyph) / 1000 * size > width) {
          lines.add(current.toString());
          current.setLength(0);
        }
        current.append(glyph);
        i += Character.charCount(cp);
      }
      lines.add(current.toString());
    }
    return lines;
  }
}
