package cn.gov.bizenv.portal.web.reports;

import cn.gov.bizenv.casetracking.application.reports.BulletinDraft;
import cn.gov.bizenv.casetracking.application.reports.BulletinDraft.NotableInput;
import cn.gov.bizenv.casetracking.application.reports.BulletinSummary;
import cn.gov.bizenv.casetracking.domain.model.bulletin.PeriodKind;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a supervisor types to head a bulletin, its title and period, as the new-draft form and the
 * draft's edit form both hold it ({@code WEB-INF/includes/bulletin-heading.xhtml}).
 */
public class BulletinHeading implements Serializable {
  private static final long serialVersionUID = 1L;

  private String title;
  private PeriodKind periodKind;
  private LocalDate from;
  private LocalDate to;

  /** A new draft's heading: a monthly bulletin from the first of this month. */
  static BulletinHeading thisMonth() {
    BulletinHeading heading = new BulletinHeading();
    heading.periodKind = PeriodKind.MONTHLY;
    heading.from = ReportDashboard.today().withDayOfMonth(1);
    return heading;
  }

  /** A stored bulletin's heading, to edit. */
  static BulletinHeading of(BulletinSummary bulletin) {
    BulletinHeading heading = new BulletinHeading();
    heading.title = bulletin.title();
    heading.periodKind = bulletin.periodKind();
    heading.from = bulletin.from();
    heading.to = bulletin.to();
    return heading;
  }

  /** The draft under this heading with the given foreword and notable cases. */
  BulletinDraft draft(String foreword, List<NotableInput> notable) {
    return new BulletinDraft(title, periodKind, from, to, foreword, notable);
  }

  public PeriodKind[] getPeriodKinds() {
    return PeriodKind.values();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public PeriodKind getPeriodKind() {
    return periodKind;
  }

  public void setPeriodKind(PeriodKind periodKind) {
    this.periodKind = periodKind;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
