package cn.gov.bizenv.portal.rest.tasks;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.SUPERVISOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.UNIT_HANDLER;

import cn.gov.bizenv.casetracking.application.tasks.NewRectification;
import cn.gov.bizenv.casetracking.application.tasks.RectificationPlan;
import cn.gov.bizenv.casetracking.application.tasks.Rectifications;
import cn.gov.bizenv.casetracking.application.tasks.TaskDecision;
import cn.gov.bizenv.casetracking.application.tasks.TaskDetail;
import cn.gov.bizenv.casetracking.application.tasks.TaskLedger;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Rectification (整改): the office starts a rectification task (from a case, such as a bulletin's
 * notable case, in one call), approves or sends back the lead's plan and accepts (销号) each item;
 * the lead files the plan. Answers are the task as it now stands.
 */
@Path("tasks/rectifications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({TRIAGE_OFFICER, SUPERVISOR})
public class RectificationResource {
  @Inject Rectifications rectifications;
  @Inject TaskLedger ledger;
  @Context UriInfo uri;

  @POST
  public Response start(NewRectification command) {
    long id = rectifications.start(command);
    return Response.created(uri.getBaseUriBuilder().path("tasks").path(Long.toString(id)).build())
        .entity(ledger.detail(id))
        .build();
  }

  @PUT
  @Path("{id}/plan")
  @RolesAllowed(UNIT_HANDLER)
  public TaskDetail filePlan(@PathParam("id") long id, RectificationPlan plan) {
    rectifications.filePlan(id, plan == null ? new RectificationPlan(null) : plan);
    return ledger.detail(id);
  }

  @POST
  @Path("{id}/plan/approval")
  public TaskDetail approve(@PathParam("id") long id, TaskDecision decision) {
    rectifications.approvePlan(id, orEmpty(decision));
    return ledger.detail(id);
  }

  @POST
  @Path("{id}/plan/send-back")
  public TaskDetail sendBack(@PathParam("id") long id, TaskDecision decision) {
    rectifications.sendBackPlan(id, orEmpty(decision));
    return ledger.detail(id);
  }

  @POST
  @Path("{id}/items/{sequence}/acceptance")
  public TaskDetail acceptItem(
      @PathParam("id") long id, @PathParam("sequence") int sequence, TaskDecision decision) {
    rectifications.acceptItem(id, sequence, orEmpty(decision));
    return ledger.detail(id);
  }

  private static TaskDecision orEmpty(TaskDecision decision) {
    return decision == null ? new TaskDecision(null, null) : decision;
  }
}
