package cn.gov.bizenv.portal.rest.cases;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.ADMINISTRATOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;

import cn.gov.bizenv.casetracking.application.batches.BatchImportMode;
import cn.gov.bizenv.casetracking.application.batches.BatchOutcome;
import cn.gov.bizenv.casetracking.application.batches.BatchPreview;
import cn.gov.bizenv.casetracking.application.batches.BatchView;
import cn.gov.bizenv.casetracking.application.batches.CaseBatchImport;
import cn.gov.bizenv.casetracking.application.batches.NewBatch;
import cn.gov.bizenv.portal.rest.CallerLanguage;
import cn.gov.bizenv.portal.rest.QueryParameters;
import cn.gov.bizenv.portal.web.cases.BatchTemplate;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
 * The batch import of assigned cases (上级交办) over the API: the workbook (.xlsx) is the request body;
 * the preview stores nothing, the commit records the batch with the source document named in {@code
 * source}. Triage officers and administrators.
 */
@Path("cases/import")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({TRIAGE_OFFICER, ADMINISTRATOR})
public class CaseBatchResource {
  @Inject CaseBatchImport imports;
  @Context HttpHeaders headers;

  /** A row of the preview with its problems worded in the caller's language. */
  public record PreviewRow(
      int rowNumber,
      String title,
      String unit,
      String category,
      String writerName,
      String writerPhone,
      boolean valid,
      List<Problem> problems) {}

  /** A problem of a row: the column, the message key as a stable code, and the message. */
  public record Problem(String column, String code, String message) {}

  /** The preview: every row, and how many are valid. */
  public record Preview(List<PreviewRow> rows, int validRows, int invalidRows) {}

  @POST
  @Path("preview")
  @Consumes({BatchTemplate.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
  public Preview preview(byte[] workbook) {
    BatchPreview preview = imports.preview(workbook);
    Locale locale = CallerLanguage.of(headers);
    return new Preview(
        preview.rows().stream()
            .map(
                row ->
                    new PreviewRow(
                        row.rowNumber(),
                        row.title(),
                        row.unit(),
                        row.category(),
                        row.writerName(),
                        row.writerPhone(),
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

  /** Records the batch: every row (the default, all or nothing) or the valid rows only. */
  @POST
  @Consumes({BatchTemplate.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
  public Response commit(
      @QueryParam("source") String source, @QueryParam("mode") String mode, byte[] workbook) {
    BatchImportMode chosen = QueryParameters.enumValue(BatchImportMode.class, mode, "mode");
    BatchOutcome outcome =
        imports.commit(
            new NewBatch(source),
            workbook,
            chosen == null ? BatchImportMode.ALL_ROWS : chosen,
            null);
    return Response.status(Response.Status.CREATED).entity(outcome).build();
  }

  @GET
  @Path("batches")
  public List<BatchView> batches() {
    return imports.recentBatches();
  }

  @GET
  @Path("template")
  @Produces(BatchTemplate.MEDIA_TYPE)
  public Response template() {
    return Response.ok(BatchTemplate.workbook(CallerLanguage.of(headers)))
        .header("Content-Disposition", "attachment; filename=\"" + BatchTemplate.FILE_NAME + "\"")
        .build();
  }
}
