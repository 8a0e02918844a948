package cn.gov.bizenv.portal.rest.cases;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.ADMINISTRATOR;

import cn.gov.bizenv.casetracking.application.cases.CaseSearchAdministration;
import cn.gov.bizenv.casetracking.application.cases.SearchIndexStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** This server's case search index, for administrators: its state and a rebuild on demand. */
@Path("search-index")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMINISTRATOR)
public class SearchIndexResource {
  @Inject CaseSearchAdministration index;

  @GET
  public SearchIndexStatus status() {
    return index.status();
  }

  /** Accepted: the rebuild runs in the background; the status says when it is done. */
  @POST
  @Path("rebuild")
  public Response rebuild() {
    return Response.accepted(index.rebuild()).build();
  }
}
