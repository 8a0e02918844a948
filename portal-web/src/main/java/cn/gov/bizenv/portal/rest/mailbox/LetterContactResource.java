package cn.gov.bizenv.portal.rest.mailbox;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.LEADER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.SUPERVISOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.UNIT_HANDLER;

import cn.gov.bizenv.casetracking.application.LetterContact;
import cn.gov.bizenv.casetracking.application.PublicMailbox;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The writer of a mailbox letter, for staff who can see its case; masked except for the office. */
@Path("mailbox/letters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({TRIAGE_OFFICER, SUPERVISOR, UNIT_HANDLER, LEADER})
public class LetterContactResource {
  @Inject PublicMailbox mailbox;

  @GET
  @Path("{caseId}/contact")
  public LetterContact contact(@PathParam("caseId") long caseId) {
    return mailbox.contact(caseId);
  }
}
