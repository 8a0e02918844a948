package cn.gov.bizenv.portal.web.reports;

import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.RankedUnit;
import cn.gov.bizenv.casetracking.domain.model.report.SeriesPoint;
import java.awt.Color;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The bulletin's two charts drawn as vector graphics in the document: the trend of cases received
 * and closed over the period (grouped bars per day or week), and the ranking's scores (one
 * horizontal bar per unit). Both are drawn at the layout's position, across the text area, in blues
 * and greys: red belongs to the letterhead alone.
 */
final class BulletinCharts {
  static final Color RECEIVED = new Color(0x15, 0x65, 0xC0);
  static final Color CLOSED = new Color(0x90, 0xA4, 0xAE);
  static final Color AXIS = new Color(0x60, 0x60, 0x60);
  private static final float LABEL = 9;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M/d");

  private BulletinCharts() {}

  /** Grouped bars per point of the series, with a legend naming the two colours. */
  static void trend(
      OfficialDocumentLayout layout, List<SeriesPoint> series, String received, String closed)
      throws IOException {
    float height = 150;
    layout.ensureRoom(height + 30);
    PDPageContentStream out = layout.stream();
    float left = OfficialDocumentLayout.LEFT + 30;
    float width = OfficialDocumentLayout.WIDTH - 40;
    float top = layout.y() - 22;
    float bottom = top - height + 24;
    legend(layout, OfficialDocumentLayout.LEFT + 30, layout.y() - 10, received, closed);
    long highest = 1;
    for (SeriesPoint point : series) {
      highest = Math.max(highest, Math.max(point.received(), point.closed()));
    }
    long step = niceStep(highest);
    long scaleTop = ((highest + step - 1) / step) * step;
    axes(layout, left, bottom, width, top - bottom, scaleTop, step);
    float slot = width / Math.max(1, series.size());
    float bar = Math.min(14, slot * 0.35f);
    int labelEvery = Math.max(1, (int) Math.ceil(series.size() / 12.0));
    for (int i = 0; i < series.size(); i++) {
      SeriesPoint point = series.get(i);
      float x = left + i * slot + slot / 2;
      bar(out, x - bar, bottom, bar, (top - bottom) * point.received() / scaleTop, RECEIVED);
      bar(out, x, bottom, bar, (top - bottom) * point.closed() / scaleTop, CLOSED);
      if (i % labelEvery == 0) {
        String label = DAY.format(point.start());
        layout.show(label, x - layout.width(label, LABEL) / 2, bottom - 11, LABEL, AXIS, false);
      }
    }
    layout.moveDown(height + 8);
  }

  /** One bar per ranked unit, best first, its score written at the end of the bar. */
  static void ranking(OfficialDocumentLayout layout, List<RankedUnit> ranking) throws IOException {
    List<RankedUnit> scored = ranking.stream().filter(r -> r.score() != null).toList();
    float barHeight = 11;
    float gap = 5;
    float height = scored.size() * (barHeight + gap) + 10;
    layout.ensureRoom(Math.min(height, 300));
    float nameWidth = 130;
    float left = OfficialDocumentLayout.LEFT + nameWidth;
    float width = OfficialDocumentLayout.WIDTH - nameWidth - 40;
    PDPageContentStream out = layout.stream();
    for (RankedUnit unit : scored) {
      layout.ensureRoom(barHeight + gap);
      out = layout.stream();
      float y = layout.y() - barHeight - gap;
      String name = unit.unitName() == null ? "—" : unit.unitName();
      layout.show(
          name, left - 6 - layout.width(name, LABEL + 1), y + 2, LABEL + 1, Color.BLACK, false);
      float length = (float) (width * Math.max(0, Math.min(100, unit.score())) / 100);
      bar(out, left, y, length, barHeight, RECEIVED);
      layout.show(
          String.format(java.util.Locale.ROOT, "%.1f", unit.score()),
          left + length + 4,
          y + 2,
          LABEL,
          AXIS,
          false);
      layout.moveDown(barHeight + gap);
    }
    layout.moveDown(10);
  }

  private static void legend(
      OfficialDocumentLayout layout, float x, float y, String received, String closed)
      throws IOException {
    PDPageContentStream out = layout.stream();
    bar(out, x, y, 10, 8, RECEIVED);
    layout.show(received, x + 14, y, LABEL, Color.BLACK, false);
    float next = x + 24 + layout.width(received, LABEL);
    bar(out, next, y, 10, 8, CLOSED);
    layout.show(closed, next + 14, y, LABEL, Color.BLACK, false);
  }

  private static void axes(
      OfficialDocumentLayout layout,
      float left,
      float bottom,
      float width,
      float height,
      long scaleTop,
      long step)
      throws IOException {
    PDPageContentStream out = layout.stream();
    out.setStrokingColor(AXIS);
    out.setLineWidth(0.5f);
    out.moveTo(left, bottom);
    out.lineTo(left + width, bottom);
    out.moveTo(left, bottom);
    out.lineTo(left, bottom + height);
    out.stroke();
    for (long value = 0; value <= scaleTop; value += step) {
      float y = bottom + height * value / scaleTop;
      String label = Long.toString(value);
      layout.show(label, left - 4 - layout.width(label, LABEL), y - 3, LABEL, AXIS, false);
      if (value > 0) {
        out.setStrokingColor(new Color(0xDD, 0xDD, 0xDD));
        out.moveTo(left, y);
        out.lineTo(left + width, y);
        out.stroke();
      }
    }
    out.setStrokingColor(Color.BLACK);
  }

  private static void bar(
      PDPageContentStream out, float x, float y, float width, float height, Color colour)
      throws IOException {
    if (height <= 0 || width <= 0) {
      return;
    }
    out.setNonStrokingColor(colour);
    out.addRect(x, y, width, height);
    out.fill();
    out.setNonStrokingColor(Color.BLACK);
  }

  /** A step of 1, 2 or 5 times a power of ten giving at most five gridlines. */
  static long niceStep(long highest) {
    long power = 1;
    while (true) {
      for (long factor : new long[] {1, 2, 5}) {
        if (highest / (factor * power) <= 5) {
          return factor * power;
        }
      }
      power *= 10;
    }
  }
}
