package cn.gov.bizenv.portal.rest.categories;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.directory.CategoryImport;
import cn.gov.bizenv.casetracking.application.directory.CategoryNode;
import cn.gov.bizenv.casetracking.application.directory.CategoryTree;
import cn.gov.bizenv.casetracking.application.directory.CategoryView;
import cn.gov.bizenv.casetracking.application.directory.NewCategory;
import cn.gov.bizenv.casetracking.application.directory.RenameCategory;
import cn.gov.bizenv.casetracking.domain.model.category.ImportOutcome;
import cn.gov.bizenv.casetracking.domain.model.category.ImportRow;
import cn.gov.bizenv.portal.rest.Created;
import cn.gov.bizenv.portal.rest.QueryParameters;
import cn.gov.bizenv.portal.rest.errors.ApiError;
import cn.gov.bizenv.portal.rest.errors.ApiErrors;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/** The category tree: everyone signed in reads it; administrators shape it and import CSV files. */
@Path("categories")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMINISTRATOR)
public class CategoryResource {
  /** Excel's "CSV UTF-8" and most tools send one of these. */
  static final String CSV = "text/csv";

  @Inject CategoryTree categories;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  /** The active tree, nested; {@code all=true} adds deactivated nodes (administrators only). */
  @GET
  @RolesAllowed({
    ADMINISTRATOR,
    TRIAGE_OFFICER,
    UNIT_HANDLER,
    SUPERVISOR,
    CHIEF_SERVICE_OFFICER,
    LEADER
  })
  public List<CategoryNode> tree(@QueryParam("all") boolean all) {
    return all ? categories.fullTree() : categories.activeTree();
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
  public CategoryView get(@PathParam("id") long id) {
    return categories.get(id);
  }

  @POST
  public Response create(NewCategory command) {
    CategoryView created = categories.create(command);
    return Created.below(uri, created, created.id());
  }

  @PUT
  @Path("{id}")
  public CategoryView rename(@PathParam("id") long id, RenameCategory command) {
    return categories.rename(id, command);
  }

  @POST
  @Path("{id}/deactivation")
  public CategoryView deactivate(@PathParam("id") long id, @QueryParam("version") long version) {
    return categories.deactivate(id, version);
  }

  @POST
  @Path("{id}/reactivation")
  public CategoryView reactivate(@PathParam("id") long id, @QueryParam("version") long version) {
    return categories.reactivate(id, version);
  }

  /**
   * Previews ({@code dryRun=true}, the default) or commits a CSV import. A commit refused because a
   * row is invalid answers 422 with the same report, so that clients see each row's problems.
   */
  @POST
  @Path("import")
  @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  public Response importCsv(@QueryParam("dryRun") String dryRunParameter, byte[] content) {
    // Only an explicit "false" stores: a misspelt value must not turn a preview into an import.
    boolean dryRun = QueryParameters.flag(dryRunParameter, true, "dryRun");
    CategoryImport result = categories.importCsv(content, dryRun);
    return Response.status(dryRun || result.committed() ? 200 : 422)
        .entity(ImportReport.of(result, ApiErrors.locale(headers)))
        .build();
  }

  /** {@link CategoryImport} with each problem's message in the caller's language. */
  public record ImportReport(
      boolean valid, boolean committed, int newNodes, int invalidRows, List<Row> rows) {
    static ImportReport of(CategoryImport result, Locale locale) {
      return new ImportReport(
          result.valid(),
          result.committed(),
          result.newNodes(),
          result.invalidRows(),
          result.rows().stream().map(row -> Row.of(row, locale)).toList());
    }
  }

  /** One row of the report. */
  public record Row(
      int line,
      String level1,
      String level2,
      String level3,
      ImportOutcome outcome,
      String code,
      List<ApiError.FieldError> problems) {
    static Row of(ImportRow row, Locale locale) {
      return new Row(
          row.line(),
          row.level1(),
          row.level2(),
          row.level3(),
          row.outcome(),
          row.code(),
          row.problems().stream().map(problem -> ApiErrors.fieldError(problem, locale)).toList());
    }
  }
}
