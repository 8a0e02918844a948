package cn.gov.bizenv.portal.web.reports;

import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.Figures;
import cn.gov.bizenv.portal.web.shell.Texts;
import java.util.List;
import java.util.Locale;

/** The bulletin's headline figures in reading order, the same on screen, paper, PDF and Excel. */
public final class BulletinRows {
  private BulletinRows() {}

  /**
   * One headline figure: its label key, its value (a rate may be null) and whether it is a rate.
   */
  public record FigureValue(String labelKey, Number value, boolean rate) {}

  public static List<FigureValue> values(BulletinContent c) {
    Figures f = c.figures();
    return List.of(
        new FigureValue("report.received", f.received(), false),
        new FigureValue("report.closed", f.closed(), false),
        new FigureValue("report.replyDue", f.replyDue(), false),
        new FigureValue("report.onTime", f.onTime(), false),
        new FigureValue("report.onTimeRate", f.onTimeRate(), true),
        new FigureValue("report.overdue", f.overdue(), false),
        new FigureValue("report.rated", f.rated(), false),
        new FigureValue("report.satisfied", f.satisfied(), false),
        new FigureValue("report.satisfactionRate", f.satisfactionRate(), true));
  }

  /** Label and shown value; rates as the dashboard shows them. */
  public static List<String[]> figures(BulletinContent c, Locale locale) {
    return values(c).stream()
        .map(
            v ->
                new String[] {
                  Texts.lookup(locale, v.labelKey()),
                  v.rate() ? ReportDashboard.percent((Double) v.value()) : String.valueOf(v.value())
                })
        .toList();
  }
}
