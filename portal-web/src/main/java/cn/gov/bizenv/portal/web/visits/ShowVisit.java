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
  private VisitDetail visit;

  public void load() {
    try {
      if (id == null) {
        throw new NotFoundException("visit", "");
      }
      visit = visits.get(id);
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

  public VisitDetail getVisit() {
    return visit;
  }
}
