package cn.gov.bizenv.portal.rest.tasks;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.ADMINISTRATOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.LEADER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.SUPERVISOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.UNIT_HANDLER;

import cn.gov.bizenv.casetracking.application.attachments.AttachmentView;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.application.tasks.LedgerFilter;
import cn.gov.bizenv.casetracking.application.tasks.MilestoneMet;
import cn.gov.bizenv.casetracking.application.tasks.NewProgressReport;
import cn.gov.bizenv.casetracking.application.tasks.NewTask;
import cn.gov.bizenv.casetracking.application.tasks.ProgressReportView;
import cn.gov.bizenv.casetracking.application.tasks.TaskAssignment;
import cn.gov.bizenv.casetracking.application.tasks.TaskDecision;
import cn.gov.bizenv.casetracking.application.tasks.TaskDetail;
import cn.gov.bizenv.casetracking.application.tasks.TaskHandling;
import cn.gov.bizenv.casetracking.application.tasks.TaskLedger;
import cn.gov.bizenv.casetracking.application.tasks.TaskRow;
import cn.gov.bizenv.casetracking.application.tasks.TaskSupervision;
import cn.gov.bizenv.casetracking.application.tasks.TaskSweepResult;
import cn.gov.bizenv.casetracking.domain.model.task.SourceKind;
import cn.gov.bizenv.casetracking.domain.model.task.TaskStatus;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.portal.rest.Created;
import cn.gov.bizenv.portal.rest.PageResponse;
import cn.gov.bizenv.portal.rest.QueryParameters;
import cn.gov.bizenv.portal.rest.attachments.AttachmentDownload;
import cn.gov.bizenv.portal.rest.attachments.AttachmentUpload;
import cn.gov.bizenv.portal.web.shell.LocaleSelection;
import cn.gov.bizenv.portal.web.tasks.LedgerWorkbook;
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
import java.time.LocalDateTime;
import java.util.List;

/**
 * Supervision tasks (督查事项): the office records, assigns, accepts (销号) and sends back (退回补充); the
 * lead unit (or a member unit of the lead group) reports, meets milestones and claims completion on
 * its own tasks; leaders read everything. Others are told a task does not exist.
 */
@Path("tasks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({TRIAGE_OFFICER, SUPERVISOR, LEADER, UNIT_HANDLER})
public class TaskResource {
  @Inject TaskLedger ledger;
  @Inject TaskHandling handling;
  @Inject TaskSupervision supervision;
  @Inject PortalClock clock;
  @Context UriInfo uri;

  /** The ledger (台账), a page at a time with its total. */
  @GET
  public PageResponse<TaskRow> list(
      @QueryParam("source") String source,
      @QueryParam("groupId") Long groupId,
      @QueryParam("unitId") Long unitId,
      @QueryParam("status") String status,
      @QueryParam("overdue") String overdue,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("offset") Integer offset,
      @QueryParam("limit") Integer limit,
      @QueryParam("sort") String sort,
      @QueryParam("order") String order) {
    PageRequest page = QueryParameters.page(offset, limit, sort, order);
    LedgerFilter filter = filter(source, groupId, unitId, status, overdue, from, to);
    return PageResponse.of(ledger.ledger(filter, page), page);
  }

  /** The number of tasks matching the ledger's filters. */
  @GET
  @Path("count")
  public long count(
      @QueryParam("source") String source,
      @QueryParam("groupId") Long groupId,
      @QueryParam("unitId") Long unitId,
      @QueryParam("status") String status,
      @QueryParam("overdue") String overdue,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return ledger.count(filter(source, groupId, unitId, status, overdue, from, to));
  }

  /**
   * The ledger as Excel (序号, 任务来源, 任务内容, 牵头单位, 责任人, 配合单位, 完成时限, 进展情况, 完成状态, 备注), every task
   * matching the filters in the caller's scope.
   */
  @GET
  @Path("ledger.xlsx")
  @Produces(LedgerWorkbook.MEDIA_TYPE)
  public Response export(
      @QueryParam("source") String source,
      @QueryParam("groupId") Long groupId,
      @QueryParam("unitId") Long unitId,
      @QueryParam("status") String status,
      @QueryParam("overdue") String overdue,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    byte[] workbook =
        LedgerWorkbook.of(
            ledger,
            filter(source, groupId, unitId, status, overdue, from, to),
            LocaleSelection.DEFAULT);
    return Response.ok(workbook, LedgerWorkbook.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"task-ledger.xlsx\"")
        .build();
  }

  @POST
  @RolesAllowed({TRIAGE_OFFICER, SUPERVISOR})
  public Response create(NewTask command) {
    long id = handling.create(command);
    return Created.below(uri, ledger.detail(id), id);
  }

  @GET
  @Path("{id}")
  public TaskDetail get(@PathParam("id") long id) {
    return ledger.detail(id);
  }

  @PUT
  @Path("{id}/assignment")
  @RolesAllowed({TRIAGE_OFFICER, SUPERVISOR})
  public TaskDetail assign(@PathParam("id") long id, TaskAssignment assignment) {
    handling.assign(id, assignment);
    return ledger.detail(id);
  }

  @POST
  @Path("{id}/milestones/{sequence}/met")
  @RolesAllowed(UNIT_HANDLER)
  public TaskDetail meetMilestone(
      @PathParam("id") long id, @PathParam("sequence") int sequence, MilestoneMet met) {
    handling.meetMilestone(id, sequence, met == null ? new MilestoneMet(null, null) : met);
    return ledger.detail(id);
  }

  @GET
  @Path("{id}/reports")
  public List<ProgressReportView> reports(@PathParam("id") long id) {
    return ledger.detail(id).reports();
  }

  @POST
  @Path("{id}/reports")
  @RolesAllowed(UNIT_HANDLER)
  public Response report(@PathParam("id") long id, NewProgressReport report) {
    ProgressReportView filed = handling.report(id, report);
    return Created.below(uri, filed, filed.id());
  }

  @POST
  @Path("{id}/reports/{reportId}/attachments")
  @RolesAllowed(UNIT_HANDLER)
  public Response attach(
      @PathParam("id") long id, @PathParam("reportId") long reportId, AttachmentUpload file) {
    AttachmentUpload body = file == null ? new AttachmentUpload(null, null) : file;
    AttachmentView kept = handling.attach(id, reportId, List.of(body.toNewAttachment())).get(0);
    return Created.below(uri, kept, kept.id(), "content");
  }

  @GET
  @Path("{id}/reports/{reportId}/attachments/{attachmentId}/content")
  @Produces(MediaType.WILDCARD)
  public Response download(
      @PathParam("id") long id,
      @PathParam("reportId") long reportId,
      @PathParam("attachmentId") long attachmentId) {
    return AttachmentDownload.of(ledger.download(id, reportId, attachmentId));
  }

  /** The lead claims completion (已完成); the note is the evidence in words. */
  @POST
  @Path("{id}/completion")
  @RolesAllowed(UNIT_HANDLER)
  public TaskDetail claimCompletion(@PathParam("id") long id, TaskDecision decision) {
    handling.claimCompletion(id, orEmpty(decision));
    return ledger.detail(id);
  }

  /** The office accepts the completion (销号). */
  @POST
  @Path("{id}/acceptance")
  @RolesAllowed({TRIAGE_OFFICER, SUPERVISOR})
  public TaskDetail accept(@PathParam("id") long id, TaskDecision decision) {
    handling.accept(id, orEmpty(decision));
    return ledger.detail(id);
  }

  /** The office sends the completion back (退回补充); the note is the reason. */
  @POST
  @Path("{id}/send-back")
  @RolesAllowed({TRIAGE_OFFICER, SUPERVISOR})
  public TaskDetail sendBack(@PathParam("id") long id, TaskDecision decision) {
    handling.sendBack(id, orEmpty(decision));
    return ledger.detail(id);
  }

  /**
   * Raises at once what the sweep would raise at its next run (or at {@code asOf}, for a replay):
   * 催报, 督办 and 通报, each once.
   */
  @POST
  @Path("sweep")
  @RolesAllowed({SUPERVISOR, ADMINISTRATOR})
  public TaskSweepResult sweep(@QueryParam("asOf") String asOf) {
    LocalDateTime given = QueryParameters.dateTime(asOf, "asOf");
    return supervision.sweep(given != null ? given : clock.now());
  }

  private static TaskDecision orEmpty(TaskDecision decision) {
    return decision == null ? new TaskDecision(null, null) : decision;
  }

  static LedgerFilter filter(
      String source,
      Long groupId,
      Long unitId,
      String status,
      String overdue,
      String from,
      String to) {
    return new LedgerFilter(
        QueryParameters.enumValue(SourceKind.class, source, "source"),
        groupId,
        unitId,
        QueryParameters.enumValue(TaskStatus.class, status, "status"),
        QueryParameters.flag(overdue, false, "overdue"),
        QueryParameters.date(from, "from"),
        QueryParameters.date(to, "to"));
  }
}
