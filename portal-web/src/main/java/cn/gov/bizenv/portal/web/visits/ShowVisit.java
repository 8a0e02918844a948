package cn.gov.bizenv.portal.web.visits;

import cn.gov.bizenv.casetracking.application.attachments.AttachmentView;
import cn.gov.bizenv.casetracking.application.attachments.NewAttachment;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.chiefservice.application.visits.VisitDetail;
import cn.gov.bizenv.chiefservice.application.visits.Visits;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/** A visit with the live status of the cases its problems became; others' visits are a 404. */
@Named
@ViewScoped
public class ShowVisit implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Visits visits;
  @Inject transient FacesErrors errors;

  private Long id;
  private Long caseId;
  private VisitDetail visit;
  private List<AttachmentView> files;

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
      files = visits.files(id);
    } catch (NotFoundException missing) {
      NotFound.respond();
    }
  }

  /** The officer's photo or file is checked and kept at once; a refused one is explained. */
  public void attach(FileUploadEvent event) {
    try {
      visits.attachFile(
          visit.id(),
          new NewAttachment(event.getFile().getFileName(), event.getFile().getContent()));
      errors.info("attachment.added", event.getFile().getFileName());
    } catch (DomainException problem) {
      errors.show(problem, "filesForm");
    }
    files = visits.files(visit.id());
  }

  /** When the officer checked in, as shown beside the place. */
  public String getLocatedAt() {
    return visit == null || visit.checkIn() == null
        ? ""
        : visit
            .checkIn()
            .at()
            .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
  }

  public List<AttachmentView> getFiles() {
    return files;
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
