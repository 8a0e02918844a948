package cn.gov.bizenv.portal.rest.accounts;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.ADMINISTRATOR;

import cn.gov.bizenv.casetracking.application.directory.AccountAdministration;
import cn.gov.bizenv.casetracking.application.directory.AccountChange;
import cn.gov.bizenv.casetracking.application.directory.AccountView;
import cn.gov.bizenv.casetracking.application.directory.NewAccount;
import cn.gov.bizenv.casetracking.application.directory.PasswordReset;
import cn.gov.bizenv.casetracking.domain.model.account.AccountCriteria;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.portal.rest.Created;
import cn.gov.bizenv.portal.rest.PageResponse;
import cn.gov.bizenv.portal.rest.QueryParameters;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Accounts: administrators only. No answer ever carries a password or its hash. */
@Path("accounts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMINISTRATOR)
public class AccountResource {
  @Inject AccountAdministration accounts;
  @Context UriInfo uri;

  @GET
  public PageResponse<AccountView> list(
      @QueryParam("q") String text,
      @QueryParam("unitId") Long unitId,
      @QueryParam("role") String role,
      @QueryParam("active") Boolean active,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order) {
    PageRequest page = QueryParameters.page(offset, limit, sort, order);
    AccountCriteria criteria =
        new AccountCriteria(
            text, unitId, QueryParameters.enumValue(Role.class, role, "role"), active);
    return PageResponse.of(accounts.find(criteria, page), page);
  }

  @GET
  @Path("{id}")
  public AccountView get(@PathParam("id") long id) {
    return accounts.get(id);
  }

  @POST
  public Response create(NewAccount command) {
    AccountView created = accounts.create(command);
    return Created.below(uri, created, created.id());
  }

  @PUT
  @Path("{id}")
  public AccountView change(@PathParam("id") long id, AccountChange command) {
    return accounts.change(id, command);
  }

  @POST
  @Path("{id}/password")
  public AccountView resetPassword(@PathParam("id") long id, PasswordReset command) {
    return accounts.resetPassword(id, command);
  }

  @POST
  @Path("{id}/deactivation")
  public AccountView deactivate(@PathParam("id") long id, @QueryParam("version") long version) {
    return accounts.deactivate(id, version);
  }

  @POST
  @Path("{id}/reactivation")
  public AccountView reactivate(@PathParam("id") long id, @QueryParam("version") long version) {
    return accounts.reactivate(id, version);
  }
}
