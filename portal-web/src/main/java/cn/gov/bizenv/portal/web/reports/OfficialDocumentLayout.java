package cn.gov.bizenv.portal.web.reports;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The page geometry and type sizes of GB/T 9704-2012 (党政机关公文格式) on A4, with the primitives a
 * document is written with: centred and indented text, tables with ruled cells that continue on the
 * next page with their header, rules, and room for charts. Sizes in points; the standard's 三号 is 16
 * pt, 二号 22 pt, 四号 14 pt. One embedded font serves every role (the standard's 小标宋, 仿宋, 黑体 and 楷体
 * are rarely all installed on a server): headings are set off by size and by a stroke.
 */
final class OfficialDocumentLayout {
  static final float MM = 72f / 25.4f;
  static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
  static final float TOP = 37 * MM;
  static final float BOTTOM = 35 * MM;
  static final float LEFT = 28 * MM;
  static final float RIGHT = 26 * MM;
  static final float WIDTH = PDRectangle.A4.getWidth() - LEFT - RIGHT; // 156 mm

  /** The text area holds 22 lines of 三号: 225 mm / 22. */
  static final float LINE = 225 * MM / 22;

  static final float SIZE_2 = 22;
  static final float SIZE_3 = 16;
  static final float SIZE_4 = 14;
  static final float SIZE_TABLE = 12;
  static final Color RED = new Color(0xE6, 0x00, 0x12);
  static final Color BLACK = Color.BLACK;
  static final Color RULE_GREY = new Color(0x80, 0x80, 0x80);
  static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);

  /** Punctuation that may not begin a line. */
  static final String NO_LINE_START = "，。、；：？！）」』》〉】”’,.;:?!)%";

  private final PDDocument document;
  private final PDType0Font font;
  private final List<PDPage> pages = new ArrayList<>();
  private PDPageContentStream out;
  private float y;

  OfficialDocumentLayout(PDDocument document, PDType0Font font) {
    this.document = document;
    this.font = font;
  }

  /** The current writing position, from the bottom of the page. */
  float y() {
    return y;
  }

  void moveDown(float by) {
    y -= by;
  }

  float textTop() {
    return PAGE_HEIGHT - TOP;
  }

  PDPageContentStream stream() {
    return out;
  }

  PDType0Font font() {
    return font;
  }

  void newPage() throws IOException {
    if (out != null) {
      out.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    pages.add(page);
    out = new PDPageContentStream(document, page);
    y = textTop();
  }

  /** Starts a new page unless {@code height} still fits above the bottom margin. */
  void ensureRoom(float height) throws IOException {
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  float width(String text, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  /** One line of text at {@code x}, its baseline a size below the current position. */
  void show(String text, float x, float baseline, float size, Color colour, boolean heavy)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.setNonStrokingColor(colour);
    if (heavy) {
      // The font has no bold face: fill and stroke the outlines to set a heading off.
      out.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL_STROKE);
      out.setStrokingColor(colour);
      out.setLineWidth(size / 40);
    }
    out.newLineAtOffset(x, baseline);
    out.showText(text);
    out.endText();
    if (heavy) {
      out.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL);
    }
    out.setNonStrokingColor(BLACK);
  }

  /** Text centred on the text area, wrapped, each line on the document's line pitch. */
  void centred(String text, float size, Color colour, boolean heavy) throws IOException {
    for (String part : wrap(text, size, WIDTH)) {
      ensureRoom(lineHeight(size));
      y -= lineHeight(size);
      show(part, LEFT + (WIDTH - width(part, size)) / 2, y, size, colour, heavy);
    }
  }

  /** A paragraph with the standard two-character first-line indent. */
  void paragraph(String text, float size) throws IOException {
    for (String paragraph : clean(text).split("\n", -1)) {
      boolean first = true;
      for (String part : wrapIndented(paragraph, size)) {
        ensureRoom(lineHeight(size));
        y -= lineHeight(size);
        show(part, LEFT + (first ? 2 * size : 0), y, size, BLACK, false);
        first = false;
      }
    }
  }

  /** A paragraph without the indent (the addressees, a caption). */
  void paragraphFlush(String text, float size) throws IOException {
    for (String part : wrap(text, size, WIDTH)) {
      ensureRoom(lineHeight(size));
      y -= lineHeight(size);
      show(part, LEFT, y, size, BLACK, false);
    }
  }

  /** A heading flush with the indent (一、…), heavier than the text. */
  void heading(String text) throws IOException {
    ensureRoom(lineHeight(SIZE_3) * 3); // never alone at the foot of a page
    y -= lineHeight(SIZE_3);
    show(text, LEFT + 2 * SIZE_3, y, SIZE_3, BLACK, true);
  }

  /** A line of text ending {@code rightIndent} characters from the right edge. */
  void rightAligned(String text, float size, float rightIndentChars) throws IOException {
    ensureRoom(lineHeight(size));
    y -= lineHeight(size);
    show(text, LEFT + WIDTH - rightIndentChars * size - width(text, size), y, size, BLACK, false);
  }

  void rule(float at, Color colour, float thickness) throws IOException {
    out.setStrokingColor(colour);
    out.setLineWidth(thickness);
    out.moveTo(LEFT, at);
    out.lineTo(LEFT + WIDTH, at);
    out.stroke();
    out.setStrokingColor(BLACK);
  }

  float lineHeight(float size) {
    return size == SIZE_3 ? LINE : size * 1.6f;
  }

  /**
   * A table across the text area: ruled cells, a shaded header row repeated on each page it spans,
   * cell text wrapped to its column. {@code widths} are shares of the text width.
   */
  void table(List<String> header, List<List<String>> rows, float[] widths) throws IOException {
    float size = SIZE_TABLE;
    float pad = 3;
    float[] columns = new float[widths.length];
    for (int i = 0; i < widths.length; i++) {
      columns[i] = widths[i] * WIDTH;
    }
    y -= size / 2;
    float headerHeight = rowHeight(header, columns, size, pad);
    ensureRoom(headerHeight + rowHeight(rows.isEmpty() ? header : rows.get(0), columns, size, pad));
    row(header, columns, size, pad, true);
    for (List<String> row : rows) {
      float height = rowHeight(row, columns, size, pad);
      if (y - height < BOTTOM) {
        newPage();
        row(header, columns, size, pad, true);
      }
      row(row, columns, size, pad, false);
    }
  }

  private float rowHeight(List<String> cells, float[] columns, float size, float pad)
      throws IOException {
    int lines = 1;
    for (int i = 0; i < cells.size(); i++) {
      lines = Math.max(lines, wrap(cells.get(i), size, columns[i] - 2 * pad).size());
    }
    return lines * size * 1.35f + 2 * pad;
  }

  private void row(List<String> cells, float[] columns, float size, float pad, boolean header)
      throws IOException {
    float height = rowHeight(cells, columns, size, pad);
    float x = LEFT;
    if (header) {
      out.setNonStrokingColor(HEADER_FILL);
      out.addRect(LEFT, y - height, WIDTH, height);
      out.fill();
      out.setNonStrokingColor(BLACK);
    }
    out.setStrokingColor(BLACK);
    out.setLineWidth(0.5f);
    for (int i = 0; i < cells.size(); i++) {
      out.addRect(x, y - height, columns[i], height);
      out.stroke();
      float baseline = y - pad - size;
      for (String part : wrap(cells.get(i), size, columns[i] - 2 * pad)) {
        show(part, x + pad, baseline, size, BLACK, header);
        baseline -= size * 1.35f;
      }
      x += columns[i];
    }
    y -= height;
  }

  /** Page numbers as the standard places them: "— 1 —", odd pages right, even pages left. */
  void numberPages() throws IOException {
    out.close();
    out = null;
    for (int i = 0; i < pages.size(); i++) {
      try (PDPageContentStream footer =
          new PDPageContentStream(
              document, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
        String number = "— " + (i + 1) + " —";
        float width = width(number, SIZE_4);
        boolean odd = i % 2 == 0;
        float x = odd ? LEFT + WIDTH - SIZE_4 - width : LEFT + SIZE_4;
        footer.beginText();
        footer.setFont(font, SIZE_4);
        footer.newLineAtOffset(x, BOTTOM - 7 * MM - SIZE_4);
        footer.showText(number);
        footer.endText();
      }
    }
  }

  /** Control characters have no glyph; line breaks in text become separate lines in wrap. */
  static String clean(String value) {
    return value == null ? "" : value.replace('\t', ' ').replace("\r", "");
  }

  private List<String> wrapIndented(String paragraph, float size) throws IOException {
    return wrap(paragraph, size, WIDTH - 2 * size, WIDTH);
  }

  /** Breaks text between characters by the font's own widths; a glyph the font lacks shows "?". */
  List<String> wrap(String value, float size, float width) throws IOException {
    return wrap(value, size, width, width);
  }

  /** As {@link #wrap(String, float, float)}, the first line of each paragraph narrower. */
  List<String> wrap(String value, float size, float firstWidth, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : clean(value).split("\n", -1)) {
      float limit = firstWidth;
      StringBuilder current = new StringBuilder();
      int i = 0;
      while (i < paragraph.length()) {
        int cp = paragraph.codePointAt(i);
        String ch = new String(Character.toChars(cp));
        String glyph = printable(ch) ? ch : "?";
        // Closing punctuation never starts a line: it hangs past the edge instead (标点悬挂).
        boolean hangs = NO_LINE_START.indexOf(glyph) >= 0;
        if (current.length() > 0 && !hangs && width(current + glyph, size) > limit) {
          lines.add(current.toString());
          current.setLength(0);
          limit = width;
        }
        current.append(glyph);
        i += Character.charCount(cp);
      }
      lines.add(current.toString());
    }
    return lines;
  }

  private boolean printable(String ch) {
    try {
      font.encode(ch);
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }
}
