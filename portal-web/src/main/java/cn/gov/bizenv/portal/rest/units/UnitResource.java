package cn.gov.bizenv.portal.rest.units;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.directory.NewUnit;
import cn.gov.bizenv.casetracking.application.directory.RenameUnit;
import cn.gov.bizenv.casetracking.application.directory.UnitDirectory;
import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitCriteria;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
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
import java.util.List;

/** Units: administrators manage them; everyone signed in may read one. */
@Path("units")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMINISTRATOR)
public class UnitResource {
  @Inject UnitDirectory units;
  @Context UriInfo uri;

  @GET
  public PageResponse<UnitView> list(
      @QueryParam("name") String name,
      @QueryParam("kind") String kind,
      @QueryParam("active") Boolean active,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order) {
    PageRequest page = QueryParameters.page(offset, limit, sort, order);
    UnitCriteria criteria =
        new UnitCriteria(name, QueryParameters.enumValue(UnitKind.class, kind, "kind"), active);
    return PageResponse.of(units.find(criteria, page), page);
  }

  /** Active units for choice lists, open to everyone signed in. */
  @GET
  @Path("active")
  @RolesAllowed({
    ADMINISTRATOR,
    TRIAGE_OFFICER,
    UNIT_HANDLER,
    SUPERVISOR,
    CHIEF_SERVICE_OFFICER,
    LEADER
  })
  public List<UnitView> active() {
    return units.activeUnits();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({
    ADMINISTRATOR,
    TRIAGE_OFFICER,
    UNIT_HANDLER,
    SUPERVISOR,
    CHIEF_SERVICE_OFFICER,
    LEADER
  })
  public UnitView get(@PathParam("id") long id) {
    return units.get(id);
  }

  @POST
  public Response create(NewUnit command) {
    UnitView created = units.create(command);
    return Created.below(uri, created, created.id());
  }

  @PUT
  @Path("{id}")
  public UnitView rename(@PathParam("id") long id, RenameUnit command) {
    return units.rename(id, command);
  }

  @POST
  @Path("{id}/deactivation")
  public UnitView deactivate(@PathParam("id") long id, @QueryParam("version") long version) {
    return units.deactivate(id, version);
  }

  @POST
  @Path("{id}/reactivation")
  public UnitView reactivate(@PathParam("id") long id, @QueryParam("version") long version) {
    return units.reactivate(id, version);
  }
}
