package cn.gov.bizenv.portal.rest.tasks;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.SUPERVISOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;

import cn.gov.bizenv.casetracking.application.batches.BatchImportMode;
import cn.gov.bizenv.casetracking.application.tasks.ActionPlanImport;
import cn.gov.bizenv.casetracking.application.tasks.PlanOutcome;
import cn.gov.bizenv.casetracking.application.tasks.PlanPreview;
import cn.gov.bizenv.portal.rest.CallerLanguage;
import cn.gov.bizenv.portal.rest.QueryParameters;
import cn.gov.bizenv.portal.web.shell.Texts;
import cn.gov.bizenv.portal.web.tasks.LedgerWorkbook;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * The action plan import (三年行动方案) over the API: the workbook (.xlsx) is the request body; the
 * preview stores nothing, the commit records the tasks. The office's triage officers and
 * supervisors.
 */
@Path("tasks/plan")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({TRIAGE_OFFICER, SUPERVISOR})
public class ActionPlanResource {
  @Inject ActionPlanImport imports;
  @Context HttpHeaders headers;

  /** A row of the preview with its problems worded in the caller's language. */
  public record PreviewRow(
      int rowNumber,
      String item,
      String content,
      String lead,
      String deadline,
      int milestones,
      boolean valid,
      List<Problem> problems) {}

  /** A problem of a row: the column, the message key as a stable code, and the message. */
  public record Problem(String column, String code, String message) {}

  public record Preview(List<PreviewRow> rows, int validRows, int invalidRows) {}

  @POST
  @Path("preview")
  @Consumes({LedgerWorkbook.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
  public Preview preview(byte[] workbook) {
    PlanPreview preview = imports.preview(workbook);
    Locale locale = CallerLanguage.of(headers);
    return new Preview(
        preview.rows().stream()
            .map(
                row ->
                    new PreviewRow(
                        row.rowNumber(),
                        row.item(),
                        row.content(),
                        row.lead(),
                        row.deadline(),
                        row.milestones(),
                        row.valid(),
                        row.problems().stream()
                            .map(
                                p ->
                                    new Problem(
                                        p.field(),
                                        p.messageKey(),
                                        Texts.withAttributes(
                                            Texts.lookup(locale, p.messageKey()), p.attributes())))
                            .toList()))
            .toList(),
        preview.validRows(),
        preview.invalidRows());
  }

  /** Records the plan's tasks: every row (the default, all or nothing) or the valid rows only. */
  @POST
  @Consumes({LedgerWorkbook.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
  public Response commit(@QueryParam("mode") String mode, byte[] workbook) {
    BatchImportMode chosen = QueryParameters.enumValue(BatchImportMode.class, mode, "mode");
    PlanOutcome outcome =
        imports.commit(workbook, chosen == null ? BatchImportMode.ALL_ROWS : chosen, null);
    return Response.status(Response.Status.CREATED).entity(outcome).build();
  }
}
