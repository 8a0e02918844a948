package cn.gov.bizenv.portal.web.cases;

import cn.gov.bizenv.casetracking.application.CaseDetail;
import cn.gov.bizenv.casetracking.application.CaseQueries;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** A case's detail page and its print view: the facts, the timeline and what the reader may do. */
@Named
@ViewScoped
public class ShowCase implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient CaseQueries cases;

  private Long id;
  private CaseDetail detail;

  /** Called by the page's view action; an unknown or out-of-scope id is a 404. */
  public void load() throws IOException {
    try {
      if (id == null) {
        throw new NotFoundException("case", "");
      }
      detail = cases.get(id);
    } catch (NotFoundException missing) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CaseDetail getDetail() {
    return detail;
  }

  /** The case as an action left it, so that the page shows the new state without reloading. */
  public void setDetail(CaseDetail detail) {
    this.detail = detail;
  }
}
