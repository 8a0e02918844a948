package cn.gov.bizenv.casetracking.application.tasks.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.SUPERVISOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.UNIT_HANDLER;

import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.application.tasks.NewRectification;
import cn.gov.bizenv.casetracking.application.tasks.NewTask;
import cn.gov.bizenv.casetracking.application.tasks.RectificationPlan;
import cn.gov.bizenv.casetracking.application.tasks.Rectifications;
import cn.gov.bizenv.casetracking.application.tasks.TaskDecision;
import cn.gov.bizenv.casetracking.application.tasks.TaskHandling;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import cn.gov.bizenv.casetracking.domain.model.task.RectificationItemDraft;
import cn.gov.bizenv.casetracking.domain.model.task.ReportingCadence;
import cn.gov.bizenv.casetracking.domain.model.task.SourceKind;
import cn.gov.bizenv.casetracking.domain.model.task.Task;
import cn.gov.bizenv.casetracking.domain.model.task.TaskEvent;
import cn.gov.bizenv.casetracking.domain.model.task.TaskEventType;
import cn.gov.bizenv.casetracking.domain.model.task.TaskRepository;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Rectification plans: the office starts the task and decides the plan and its items, the lead
 * files the plan. A task that is no rectification refuses all of it ({@code plan.refused}).
 */
@Stateless
@RolesAllowed({TRIAGE_OFFICER, SUPERVISOR, UNIT_HANDLER})
public class RectificationService implements Rectifications {
  @Inject TaskRepository tasks;
  @Inject CaseFileRepository cases;
  @Inject TaskHandling handling;
  @Inject TaskAccess access;
  @Inject TaskNotices notices;
  @Inject Callers callers;
  @Inject InputValidation validation;
  @Inject PortalClock clock;

  @Override
  @RolesAllowed({TRIAGE_OFFICER, SUPERVISOR})
  public long start(NewRectification command) {
    validation.check(command);
    String content = blankToNull(command.content());
    Long lead = command.leadUnitId();
    String reference = null;
    if (command.caseId() != null) {
      CaseFile found =
          cases
              .find(command.caseId())
              .orElseThrow(() -> InvalidInputException.of("caseId", "plan.caseId.unknown"));
      reference = found.getTrackingNumber();
      if (content == null) {
        content = "整改：" + found.getTitle();
      }
      if (lead == null) {
        lead =
            (found.getLeadUnit() != null ? found.getLeadUnit() : found.getConcernedUnit()).getId();
      }
    }
    long id =
        handling.create(
            new NewTask(
                SourceKind.SUPERVISION_FINDING,
                reference,
                null,
                content,
                null,
                lead,
                null,
                List.of(),
                List.of(),
                command.deadline(),
                ReportingCadence.MONTHLY,
                null));
    Task task = tasks.find(id).orElseThrow();
    task.awaitRectificationPlan(command.caseId());
    event(task, TaskEventType.RECTIFICATION_STARTED, callers.current(), reference);
    return id;
  }

  @Override
  public void filePlan(long taskId, RectificationPlan plan) {
    validation.check(plan);
    CallerProfile caller = callers.current();
    Task task = access.visibleTask(taskId, caller);
    if (!access.leads(task, caller)) {
      throw new RuleViolationException("task.refused.party", "FILE_PLAN", task.getStatus().name());
    }
    task.fileRectificationPlan(
        plan.items().stream()
            .map(
                i ->
                    new RectificationItemDraft(
                        i.problem().strip(),
                        i.measures().strip(),
                        blankToNull(i.responsiblePerson()),
                        i.deadline()))
            .toList());
    event(task, TaskEventType.PLAN_FILED, caller, plan.items().size() + "");
    notices.toOffice(task, "notice.task.PLAN_FILED", caller.username());
  }

  @Override
  public void approvePlan(long taskId, TaskDecision decision) {
    Task task = officeTask(taskId, decision);
    task.decideRectificationPlan(true);
    event(task, TaskEventType.PLAN_APPROVED, callers.current(), blankToNull(decision.note()));
    notices.toLead(task, "notice.task.PLAN_APPROVED", callers.current().username());
  }

  @Override
  public void sendBackPlan(long taskId, TaskDecision decision) {
    Task task = officeTask(taskId, decision);
    if (decision.note() == null || decision.note().isBlank()) {
      throw InvalidInputException.of("note", "task.reason.required");
    }
    task.decideRectificationPlan(false);
    event(task, TaskEventType.PLAN_SENT_BACK, callers.current(), decision.note().strip());
    notices.toLead(task, "notice.task.PLAN_SENT_BACK", callers.current().username());
  }

  @Override
  public void acceptItem(long taskId, int sequence, TaskDecision decision) {
    Task task = officeTask(taskId, decision);
    if (decision.note() == null || decision.note().isBlank()) {
      throw InvalidInputException.of("note", "task.evidence.required");
    }
    CallerProfile caller = callers.current();
    task.acceptRectificationItem(
        sequence, clock.now().toLocalDate(), caller.username(), decision.note().strip());
    event(task, TaskEventType.ITEM_ACCEPTED, caller, sequence + ". " + decision.note().strip());
  }

  private Task officeTask(long taskId, TaskDecision decision) {
    validation.check(decision);
    CallerProfile caller = callers.current();
    Task task = access.visibleTask(taskId, caller);
    if (!TaskAccess.isOffice(caller)) {
      throw new RuleViolationException(
          "task.refused.party", "DECIDE_PLAN", task.getStatus().name());
    }
    if (decision.version() != null && decision.version() != task.getVersion()) {
      throw ConflictException.staleVersion();
    }
    return task;
  }

  private void event(Task task, TaskEventType type, CallerProfile caller, String note) {
    tasks.addEvent(
        new TaskEvent(
            task.getId(),
            type,
            caller.username(),
            clock.now(),
            task.getStatus(),
            task.getStatus(),
            note));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
