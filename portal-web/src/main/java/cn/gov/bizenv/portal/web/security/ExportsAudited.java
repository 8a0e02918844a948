package cn.gov.bizenv.portal.web.security;

import cn.gov.bizenv.casetracking.application.audit.AuditLog;
import cn.gov.bizenv.casetracking.domain.model.audit.AuditEventType;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Records every export in the audit log: any answer, page or endpoint, that a signed-in person
 * receives as an attached workbook, PDF or CSV file (the dashboard's and the ranking's workbooks, a
 * figure's cases, bulletins, the audit log itself). Recognised by the response, so that an export
 * added later is recorded without being listed.
 */
@WebFilter(urlPatterns = "/*")
public class ExportsAudited extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final Set<String> EXPORT_TYPES =
      Set.of(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/pdf",
          "text/csv");

  @Inject transient AuditLog audit;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Attachment watched = new Attachment(response);
    chain.doFilter(request, watched);
    if (watched.fileName != null
        && request.getRemoteUser() != null
        && response.getStatus() < 300
        && isExport(response.getContentType())) {
      String query = request.getQueryString();
      audit.record(
          AuditEventType.EXPORT,
          request.getRequestURI() + (query == null ? "" : "?" + query),
          watched.fileName);
    }
  }

  static boolean isExport(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    return EXPORT_TYPES.contains(type);
  }

  /** Notes the Content-Disposition of an attachment as it is set. */
  private static final class Attachment extends HttpServletResponseWrapper {
    String fileName;

    Attachment(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      note(name, value);
      super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
      note(name, value);
      super.addHeader(name, value);
    }

    private void note(String name, String value) {
      if ("Content-Disposition".equalsIgnoreCase(name)
          && value != null
          && value.toLowerCase(Locale.ROOT).startsWith("attachment")) {
        fileName = value;
      }
    }
  }
}
