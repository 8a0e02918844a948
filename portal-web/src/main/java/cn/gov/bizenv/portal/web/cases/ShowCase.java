package cn.gov.bizenv.portal.web.cases;

import cn.gov.bizenv.casetracking.application.attachments.AttachmentView;
import cn.gov.bizenv.casetracking.application.attachments.CaseAttachments;
import cn.gov.bizenv.casetracking.application.attachments.NewAttachment;
import cn.gov.bizenv.casetracking.application.cases.CaseDetail;
import cn.gov.bizenv.casetracking.application.cases.CaseQueries;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/** A case's detail page and its print view: the facts, the timeline and what the reader may do. */
@Named
@ViewScoped
public class ShowCase implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient CaseQueries cases;
  @Inject transient CaseAttachments caseAttachments;
  @Inject transient FacesErrors errors;

  private Long id;
  private CaseDetail detail;
  private List<AttachmentView> attachments;

  /** Called by the page's view action; an unknown or out-of-scope id is a 404. */
  public void load() throws IOException {
    try {
      if (id == null) {
        throw new NotFoundException("case", "");
      }
      detail = cases.get(id);
      attachments = caseAttachments.list(id);
    } catch (NotFoundException missing) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /** A file chosen on the page is checked and kept at once; a refused one is explained. */
  public void attach(FileUploadEvent event) {
    try {
      caseAttachments.attach(
          detail.id(),
          new NewAttachment(event.getFile().getFileName(), event.getFile().getContent()));
      errors.info("attachment.added", event.getFile().getFileName());
    } catch (DomainException problem) {
      errors.show(problem, "attachmentsForm");
    }
    attachments = caseAttachments.list(detail.id());
  }

  public List<AttachmentView> getAttachments() {
    return attachments;
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
