package cn.gov.bizenv.portal.web.reports;

import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.Figures;
import cn.gov.bizenv.portal.web.shell.Texts;
import java.util.List;
import java.util.Locale;

/** The bulletin's headline figures as label and shown value, the same on screen, PDF and Excel. */
public final class BulletinRows {
  private BulletinRows() {}

  /** Label keys and values in reading order; rates as the dashboard shows them. */
  public static List<String[]> figures(BulletinContent c, Locale locale) {
    Figures f = c.figures();
    Object[][] rows = {
      {"report.received", f.received()},
      {"report.closed", f.closed()},
      {"report.replyDue", f.replyDue()},
      {"report.onTime", f.onTime()},
      {"report.onTimeRate", ReportDashboard.percent(f.onTimeRate())},
      {"report.overdue", f.overdue()},
      {"report.rated", f.rated()},
      {"report.satisfied", f.satisfied()},
      {"report.satisfactionRate", ReportDashboard.percent(f.satisfactionRate())},
    };
    return java.util.Arrays.stream(rows)
        .map(r -> new String[] {Texts.lookup(locale, (String) r[0]), String.valueOf(r[1])})
        .toList();
  }
}
