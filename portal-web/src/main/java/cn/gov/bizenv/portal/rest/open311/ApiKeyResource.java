package cn.gov.bizenv.portal.rest.open311;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.ADMINISTRATOR;

import cn.gov.bizenv.casetracking.application.open311.ApiKeyView;
import cn.gov.bizenv.casetracking.application.open311.ApiKeys;
import cn.gov.bizenv.casetracking.application.open311.NewApiKey;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Administrators issue Open311 API keys (the key is in the answer once) and revoke them. */
@Path("open311-keys")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMINISTRATOR)
public class ApiKeyResource {
  @Inject ApiKeys keys;

  @GET
  public List<ApiKeyView> list() {
    return keys.list();
  }

  @POST
  public Response issue(NewApiKey command) {
    return Response.status(Response.Status.CREATED).entity(keys.issue(command)).build();
  }

  @POST
  @Path("{id}/revocation")
  public ApiKeyView revoke(@PathParam("id") long id) {
    return keys.revoke(id);
  }
}
