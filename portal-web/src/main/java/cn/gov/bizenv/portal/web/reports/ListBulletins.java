package cn.gov.bizenv.portal.web.reports;

import cn.gov.bizenv.casetracking.application.reports.BulletinSummary;
import cn.gov.bizenv.casetracking.application.reports.BulletinView;
import cn.gov.bizenv.casetracking.application.reports.Bulletins;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinStatus;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
  private final BulletinHeading heading = BulletinHeading.thisMonth();

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
      BulletinView created = bulletins.draft(heading.draft(null, List.of()));
      return "/reports/bulletin?faces-redirect=true&id=" + created.summary().id();
    } catch (DomainException problem) {
      errors.show(problem, "draftForm");
      return null;
    }
  }

  public BulletinHeading getHeading() {
    return heading;
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
}
