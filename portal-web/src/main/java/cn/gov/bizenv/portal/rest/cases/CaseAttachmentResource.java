package cn.gov.bizenv.portal.rest.cases;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.LEADER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.SUPERVISOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.UNIT_HANDLER;

import cn.gov.bizenv.casetracking.application.attachments.AttachmentView;
import cn.gov.bizenv.casetracking.application.attachments.CaseAttachments;
import cn.gov.bizenv.portal.rest.Created;
import cn.gov.bizenv.portal.rest.attachments.AttachmentDownload;
import cn.gov.bizenv.portal.rest.attachments.AttachmentUpload;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** A case's files, for everyone who may see the case (others get 404). */
@Path("cases/{caseId}/attachments")
// Request-scoped, unlike most resources, because it binds a request parameter to a field.
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({TRIAGE_OFFICER, UNIT_HANDLER, SUPERVISOR, LEADER})
public class CaseAttachmentResource {
  @Inject CaseAttachments attachments;
  @Context UriInfo uri;

  @PathParam("caseId")
  long caseId;

  @GET
  public List<AttachmentView> list() {
    return attachments.list(caseId);
  }

  @POST
  public Response upload(AttachmentUpload file) {
    AttachmentUpload body = file == null ? new AttachmentUpload(null, null) : file;
    AttachmentView kept = attachments.attach(caseId, body.toNewAttachment());
    return Created.below(uri, kept, kept.id(), "content");
  }

  @GET
  @Path("{id}/content")
  @Produces(MediaType.WILDCARD)
  public Response download(@PathParam("id") long id) {
    return AttachmentDownload.of(attachments.download(caseId, id));
  }
}
