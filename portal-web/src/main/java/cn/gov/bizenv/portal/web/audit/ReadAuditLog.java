package cn.gov.bizenv.portal.web.audit;

import cn.gov.bizenv.casetracking.application.audit.AuditLog;
import cn.gov.bizenv.casetracking.domain.model.audit.AuditEntry;
import cn.gov.bizenv.casetracking.domain.model.audit.AuditEventType;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.portal.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The audit log for administrators: newest first, a page at a time, filtered by person, event and
 * period, and exported as CSV with the same filters. Read only: the log has no way to change an
 * entry. The export is itself recorded (by {@code ExportsAudited}, as every export is).
 */
@Named
@ViewScoped
public class ReadAuditLog implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The most rows one export holds; narrow the filters for more. */
  static final int EXPORT_LIMIT = 10_000;

  @Inject transient AuditLog audit;
  private PagedModel<AuditEntry> model;
  private String actor;
  private AuditEventType event;
  private LocalDate from;
  private LocalDate until;

  @PostConstruct
  void init() {
    model =
        new PagedModel<>(page -> audit.find(actor, event, start(), end(), page), AuditEntry::id);
  }

  public void export() throws IOException {
    List<AuditEntry> entries =
        audit
            .find(actor, event, start(), end(), new PageRequest(0, EXPORT_LIMIT, null, false))
            .items();
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
    try (Writer out =
        new java.io.OutputStreamWriter(
            external.getResponseOutputStream(), StandardCharsets.UTF_8)) {
      out.write('\uFEFF'); // so that spreadsheet programs read the Chinese as UTF-8
      out.write("id,occurredAt,actor,event,subject,address,detail\r\n");
      for (AuditEntry entry : entries) {
        out.write(
            String.join(
                    ",",
                    Long.toString(entry.id()),
                    entry.occurredAt().toString(),
                    csv(entry.actor()),
                    entry.event().name(),
                    csv(entry.subject()),
                    csv(entry.address()),
                    csv(entry.detail()))
                + "\r\n");
      }
    }
    faces.responseComplete();
  }

  /** A CSV cell, quoted; a leading formula character is neutralised for spreadsheet programs. */
  static String csv(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  private LocalDateTime start() {
    return from == null ? null : from.atStartOfDay();
  }

  private LocalDateTime end() {
    return until == null ? null : until.plusDays(1).atStartOfDay();
  }

  public AuditEventType[] getEvents() {
    return AuditEventType.values();
  }

  public PagedModel<AuditEntry> getModel() {
    return model;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public AuditEventType getEvent() {
    return event;
  }

  public void setEvent(AuditEventType event) {
    this.event = event;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }
}
