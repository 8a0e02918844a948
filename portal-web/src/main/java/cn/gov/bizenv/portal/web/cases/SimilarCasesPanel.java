package cn.gov.bizenv.portal.web.cases;

import cn.gov.bizenv.casetracking.application.cases.SimilarCaseView;
import cn.gov.bizenv.casetracking.application.cases.SimilarCases;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction;
import cn.gov.bizenv.portal.web.shell.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The 相似案件 panel of the case detail (includes/similarCases.xhtml): the cases about the same
 * problem, for the office's roles (triage officers, supervisors, leaders), and the one-click merge
 * into one of them.
 */
@Named
@ViewScoped
public class SimilarCasesPanel implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient SimilarCases similar;
  @Inject transient CurrentUser currentUser;
  @Inject ShowCase showCase;
  @Inject HandleCase handleCase;

  private Long loadedFor;
  private List<SimilarCaseView> cases = List.of();

  public boolean isShown() {
    return showCase.getDetail() != null
        && (currentUser.isTriageOfficer() || currentUser.isSupervisor() || currentUser.isLeader());
  }

  public List<SimilarCaseView> getCases() {
    if (!isShown()) {
      return List.of();
    }
    long id = showCase.getDetail().id();
    if (loadedFor == null || loadedFor != id) {
      cases = similar.similarTo(id);
      loadedFor = id;
    }
    return cases;
  }

  /** Whether the reader may merge this case now. */
  public boolean isMergeable() {
    return showCase.getDetail() != null
        && showCase.getDetail().allowedActions().contains(CaseAction.MERGE);
  }

  /** 并单: merges the case shown into the similar one, through the ordinary MERGE action. */
  public void merge(SimilarCaseView target) {
    handleCase.mergeInto(target.trackingNumber());
    loadedFor = null;
  }
}
