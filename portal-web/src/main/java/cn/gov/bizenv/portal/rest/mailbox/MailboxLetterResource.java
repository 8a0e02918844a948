package cn.gov.bizenv.portal.rest.mailbox;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.LEADER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.SUPERVISOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.UNIT_HANDLER;

import cn.gov.bizenv.casetracking.application.mailbox.LetterContact;
import cn.gov.bizenv.casetracking.application.mailbox.LetterPublication;
import cn.gov.bizenv.casetracking.application.mailbox.PublicMailbox;
import cn.gov.bizenv.casetracking.application.mailbox.PublicationDraft;
import cn.gov.bizenv.casetracking.application.mailbox.PublishLetter;
import cn.gov.bizenv.casetracking.application.mailbox.PublishedLetterView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Staff's side of a mailbox letter: the writer's contact data (masked except for the office) and
 * the letter's publication, which only the office decides.
 */
@Path("mailbox/letters/{caseId}")
// Request-scoped, unlike most resources, because it binds a request parameter to a field.
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({TRIAGE_OFFICER, SUPERVISOR, UNIT_HANDLER, LEADER})
public class MailboxLetterResource {
  @Inject PublicMailbox mailbox;
  @Inject LetterPublication publication;

  @PathParam("caseId")
  long caseId;

  @GET
  @Path("contact")
  public LetterContact contact() {
    return mailbox.contact(caseId);
  }

  @GET
  @Path("publication")
  @RolesAllowed({TRIAGE_OFFICER, SUPERVISOR})
  public PublicationDraft draft() {
    return publication.draft(caseId);
  }

  @PUT
  @Path("publication")
  @RolesAllowed({TRIAGE_OFFICER, SUPERVISOR})
  public PublishedLetterView publish(PublishLetter command) {
    return publication.publish(
        caseId, command == null ? new PublishLetter(null, null, null) : command);
  }

  @DELETE
  @Path("publication")
  @RolesAllowed({TRIAGE_OFFICER, SUPERVISOR})
  public void withdraw() {
    publication.withdraw(caseId);
  }
}
