package cn.gov.bizenv.portal.rest.visits;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.attachments.AttachmentView;
import cn.gov.bizenv.chiefservice.application.visits.VisitDetail;
import cn.gov.bizenv.chiefservice.application.visits.VisitInput;
import cn.gov.bizenv.chiefservice.application.visits.Visits;
import cn.gov.bizenv.portal.rest.Created;
import cn.gov.bizenv.portal.rest.attachments.AttachmentDownload;
import cn.gov.bizenv.portal.rest.attachments.AttachmentUpload;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Visits: a firm's officer plans and logs them (problems raised become FIRM_REQUEST cases); leaders
 * and administrators read every visit, an officer those of their own firms (others 404).
 */
@Path("visits")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({CHIEF_SERVICE_OFFICER, LEADER, ADMINISTRATOR})
public class VisitResource {
  @Inject Visits visits;
  @Context UriInfo uri;

  @POST
  @RolesAllowed(CHIEF_SERVICE_OFFICER)
  public Response create(VisitInput input) {
    VisitDetail created = visits.create(input);
    return Created.below(uri, created, created.id());
  }

  @GET
  @Path("{id}")
  public VisitDetail get(@PathParam("id") long id) {
    return visits.get(id);
  }

  /** The visit that raised a firm request: where an officer's news of the case leads. */
  @GET
  @Path("raising/{caseId}")
  public VisitDetail raising(@PathParam("caseId") long caseId) {
    return visits.raising(caseId);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(CHIEF_SERVICE_OFFICER)
  public VisitDetail update(@PathParam("id") long id, VisitInput input) {
    return visits.update(id, input);
  }

  /** The visit's photos and files. */
  @GET
  @Path("{id}/files")
  public List<AttachmentView> files(@PathParam("id") long id) {
    return visits.files(id);
  }

  /** Attaches a photo or file (JSON with Base64 content; the limits of case attachments). */
  @POST
  @Path("{id}/files")
  @RolesAllowed(CHIEF_SERVICE_OFFICER)
  public Response attach(@PathParam("id") long id, AttachmentUpload file) {
    AttachmentUpload body = file == null ? new AttachmentUpload(null, null) : file;
    AttachmentView kept = visits.attachFile(id, body.toNewAttachment());
    return Created.below(uri, kept, kept.id(), "content");
  }

  @GET
  @Path("{id}/files/{fileId}/content")
  @Produces(MediaType.WILDCARD)
  public Response file(@PathParam("id") long id, @PathParam("fileId") long fileId) {
    return AttachmentDownload.of(visits.file(id, fileId));
  }
}
