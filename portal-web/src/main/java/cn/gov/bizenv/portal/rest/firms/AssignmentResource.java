package cn.gov.bizenv.portal.rest.firms;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.directory.OfficerView;
import cn.gov.bizenv.chiefservice.application.assignments.AssignmentImport;
import cn.gov.bizenv.chiefservice.application.assignments.Assignments;
import cn.gov.bizenv.chiefservice.application.assignments.ImportAction;
import cn.gov.bizenv.chiefservice.application.assignments.ImportMode;
import cn.gov.bizenv.chiefservice.application.assignments.ImportOutcome;
import cn.gov.bizenv.chiefservice.application.assignments.ImportPreview;
import cn.gov.bizenv.chiefservice.application.assignments.OfficerLoad;
import cn.gov.bizenv.portal.rest.CallerLanguage;
import cn.gov.bizenv.portal.rest.QueryParameters;
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
import java.util.List;
import java.util.Locale;

/**
 * Coverage and bulk assignment: leaders and administrators read officers' loads; administrators
 * preview and confirm an assignment workbook (.xlsx, sent as the request body).
 */
@Path("assignments")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ADMINISTRATOR, LEADER})
public class AssignmentResource {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject Assignments assignments;
  @Inject AssignmentImport imports;
  @Context HttpHeaders headers;

  /** One row of the preview with its problems worded in the caller's language. */
  public record PreviewRow(
      int rowNumber,
      String firmName,
      String creditCode,
      String industry,
      String size,
      String district,
      String officer,
      ImportAction action,
      List<Problem> problems) {}

  /** A problem of a row: the column, the message key as a stable code, and the message. */
  public record Problem(String column, String code, String message) {}

  /** The preview: every row, and how many are valid. */
  public record Preview(List<PreviewRow> rows, int validRows, int invalidRows) {}

  @GET
  @Path("loads")
  public List<OfficerLoad> loads() {
    return assignments.loads();
  }

  @GET
  @Path("officers")
  public List<OfficerView> officers() {
    return assignments.officers();
  }

  @POST
  @Path("import/preview")
  @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @RolesAllowed(ADMINISTRATOR)
  public Preview preview(byte[] workbook) {
    ImportPreview preview = imports.preview(workbook);
    Locale locale = CallerLanguage.of(headers);
    return new Preview(
        preview.rows().stream()
            .map(
                row ->
                    new PreviewRow(
                        row.rowNumber(),
                        row.firmName(),
                        row.creditCode(),
                        row.industry(),
                        row.size(),
                        row.district(),
                        row.officer(),
                        row.action(),
                        row.problems().stream()
                            .map(
                                p ->
                                    new Problem(
                                        p.column(),
                                        p.messageKey(),
                                        Texts.format(locale, p.messageKey(), p.arguments())))
                            .toList()))
            .toList(),
        preview.validRows(),
        preview.invalidRows());
  }

  @POST
  @Path("import")
  @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
  @RolesAllowed(ADMINISTRATOR)
  public ImportOutcome confirm(@QueryParam("mode") String mode, byte[] workbook) {
    ImportMode chosen = QueryParameters.enumValue(ImportMode.class, mode, "mode");
    return imports.confirm(workbook, chosen == null ? ImportMode.VALID_ROWS : chosen);
  }
}
