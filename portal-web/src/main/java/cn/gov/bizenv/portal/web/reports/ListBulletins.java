package cn.gov.bizenv.portal.web.reports;

import cn.gov.bizenv.casetracking.application.reports.BulletinDraft;
import cn.gov.bizenv.casetracking.application.reports.BulletinSummary;
import cn.gov.bizenv.casetracking.application.reports.BulletinView;
import cn.gov.bizenv.casetracking.application.reports.Bulletins;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinStatus;
import cn.gov.bizenv.casetracking.domain.model.bulletin.PeriodKind;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The bulletins page: the open ones (drafts, and those waiting for a leader), the archive of
 * approved ones, each lazily paged, and the supervisor's form for a new draft.
 */
@Named
@ViewScoped
public class ListBulletins implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Bulletins bulletins;
  @Inject FacesErrors errors;

  private PagedModel<BulletinSummary> drafts;
  private PagedModel<BulletinSummary> submitted;
  private PagedModel<BulletinSummary> archive;
  private String title;
  private PeriodKind periodKind = PeriodKind.MONTHLY;
  private LocalDate from = ReportDashboard.today().withDayOfMonth(1);
  private LocalDate to;

  @PostConstruct
  void init() {
    drafts = model(BulletinStatus.DRAFT);
    submitted = model(BulletinStatus.SUBMITTED);
    archive = model(BulletinStatus.APPROVED);
  }

  private PagedModel<BulletinSummary> model(BulletinStatus status) {
    return new PagedModel<>(page -> bulletins.list(status, page), BulletinSummary::id);
  }

  /** Creates the draft and opens it for the foreword and notable cases. */
  public String draft() {
    try {
      BulletinView created =
          bulletins.draft(new BulletinDraft(title, periodKind, from, to, null, List.of()));
      return "/reports/bulletin?faces-redirect=true&id=" + created.summary().id();
    } catch (DomainException problem) {
      errors.show(problem, "draftForm");
      return null;
    }
  }

  public PeriodKind[] getPeriodKinds() {
    return PeriodKind.values();
  }

  public PagedModel<BulletinSummary> getDrafts() {
    return drafts;
  }

  public PagedModel<BulletinSummary> getSubmitted() {
    return submitted;
  }

  public PagedModel<BulletinSummary> getArchive() {
    return archive;
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
