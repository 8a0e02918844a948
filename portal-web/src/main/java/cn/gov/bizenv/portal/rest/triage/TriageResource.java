package cn.gov.bizenv.portal.rest.triage;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.ADMINISTRATOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.LEADER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.SUPERVISOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;

import cn.gov.bizenv.casetracking.application.triage.AcceptanceRate;
import cn.gov.bizenv.casetracking.application.triage.DefaultUnitView;
import cn.gov.bizenv.casetracking.application.triage.ExampleImport;
import cn.gov.bizenv.casetracking.application.triage.ModelInfo;
import cn.gov.bizenv.casetracking.application.triage.NewDefaultUnit;
import cn.gov.bizenv.casetracking.application.triage.SuggestionRequest;
import cn.gov.bizenv.casetracking.application.triage.Triage;
import cn.gov.bizenv.casetracking.application.triage.TriageTraining;
import cn.gov.bizenv.portal.rest.CallerLanguage;
import cn.gov.bizenv.portal.rest.QueryParameters;
import cn.gov.bizenv.portal.rest.errors.ApiError;
import cn.gov.bizenv.portal.rest.errors.ApiErrors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import java.util.Locale;

/**
 * Routing suggestions learned from history. Suggestions: triage officers, supervisors and
 * administrators; the acceptance rate also leaders; examples, the model and default units:
 * administrators.
 */
@Path("triage")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMINISTRATOR)
public class TriageResource {
  static final String CSV = "text/csv";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject Triage triage;
  @Inject TriageTraining training;
  @Context HttpHeaders headers;

  @POST
  @Path("suggestions")
  @RolesAllowed({TRIAGE_OFFICER, SUPERVISOR, ADMINISTRATOR})
  public TriageAnswer suggest(SuggestionRequest request) {
    return TriageAnswer.of(triage.suggest(request), CallerLanguage.of(headers));
  }

  @GET
  @Path("acceptance")
  @RolesAllowed({TRIAGE_OFFICER, SUPERVISOR, ADMINISTRATOR, LEADER})
  public AcceptanceRate acceptance(@QueryParam("days") @DefaultValue("30") int days) {
    return triage.acceptance(days);
  }

  /**
   * Imports training examples (CSV or .xlsx); {@code dryRun=true} only checks them. Valid rows are
   * stored even when others are refused: each refused row says why.
   */
  @POST
  @Path("training-examples")
  @Consumes({CSV, XLSX, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  public ExampleImportReport importExamples(
      @QueryParam("dryRun") String dryRunParameter, byte[] content) {
    boolean dryRun = QueryParameters.flag(dryRunParameter, false, "dryRun");
    return ExampleImportReport.of(
        training.importExamples(content, dryRun), ApiErrors.locale(headers));
  }

  @POST
  @Path("model/retrain")
  public ModelInfo retrain() {
    return training.retrain();
  }

  @GET
  @Path("model")
  public ModelInfo model() {
    return training.model();
  }

  @GET
  @Path("default-units")
  public List<DefaultUnitView> defaultUnits() {
    return training.defaultUnits();
  }

  @PUT
  @Path("default-units")
  public DefaultUnitView setDefaultUnit(NewDefaultUnit command) {
    return training.setDefaultUnit(command);
  }

  @DELETE
  @Path("default-units/{id}")
  public Response removeDefaultUnit(@PathParam("id") long id) {
    training.removeDefaultUnit(id);
    return Response.noContent().build();
  }

  /** {@link ExampleImport} with each problem's message in the caller's language. */
  public record ExampleImportReport(
      boolean dryRun, int accepted, int refused, List<RefusedExample> refusedRows) {
    static ExampleImportReport of(ExampleImport result, Locale locale) {
      return new ExampleImportReport(
          result.dryRun(),
          result.accepted(),
          result.refused(),
          result.refusedRows().stream()
              .map(
                  row ->
                      new RefusedExample(
                          row.line(),
                          row.problems().stream()
                              .map(problem -> ApiErrors.fieldError(problem, locale))
                              .toList()))
              .toList());
    }
  }

  /** A refused row: its line in the file and its problems, by column. */
  public record RefusedExample(int line, List<ApiError.FieldError> problems) {}
}
