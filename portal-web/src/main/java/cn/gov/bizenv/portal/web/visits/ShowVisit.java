package cn.gov.bizenv.portal.web.visits;

import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.chiefservice.application.VisitDetail;
import cn.gov.bizenv.chiefservice.application.Visits;
import cn.gov.bizenv.portal.web.shell.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** A visit with the live status of the cases its problems became; others' visits are a 404. */
@Named
@ViewScoped
public class ShowVisit implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Visits visits;

  private Long id;
  private Long caseId;
  private VisitDetail visit;

  public void load() {
    try {
      if (id != null) {
        visit = visits.get(id);
      } else if (caseId != null) {
        // An officer's bell links a firm request's news to the visit that raised it.
        visit = visits.raising(caseId);
        id = visit.id();
      } else {
        throw new NotFoundException("visit", "");
      }
    } catch (NotFoundException missing) {
      NotFound.respond();
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public void setCaseId(Long caseId) {
    this.caseId = caseId;
  }

  public VisitDetail getVisit() {
    return visit;
  }
}
