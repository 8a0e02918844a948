package cn.gov.bizenv.casetracking.application.tasks.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.SUPERVISOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.UNIT_HANDLER;

import cn.gov.bizenv.casetracking.application.attachments.AttachmentView;
import cn.gov.bizenv.casetracking.application.attachments.NewAttachment;
import cn.gov.bizenv.casetracking.application.attachments.internal.AttachmentKeeper;
import cn.gov.bizenv.casetracking.application.calendar.internal.WorkingDayCalendars;
import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.application.tasks.MilestoneMet;
import cn.gov.bizenv.casetracking.application.tasks.NewMilestone;
import cn.gov.bizenv.casetracking.application.tasks.NewProgressReport;
import cn.gov.bizenv.casetracking.application.tasks.NewTask;
import cn.gov.bizenv.casetracking.application.tasks.ProgressReportView;
import cn.gov.bizenv.casetracking.application.tasks.TaskAssignment;
import cn.gov.bizenv.casetracking.application.tasks.TaskDecision;
import cn.gov.bizenv.casetracking.application.tasks.TaskHandling;
import cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentOwner;
import cn.gov.bizenv.casetracking.domain.model.task.ProgressReport;
import cn.gov.bizenv.casetracking.domain.model.task.ReportPeriod;
import cn.gov.bizenv.casetracking.domain.model.task.ReportSchedule;
import cn.gov.bizenv.casetracking.domain.model.task.Task;
import cn.gov.bizenv.casetracking.domain.model.task.TaskAction;
import cn.gov.bizenv.casetracking.domain.model.task.TaskEvent;
import cn.gov.bizenv.casetracking.domain.model.task.TaskEventType;
import cn.gov.bizenv.casetracking.domain.model.task.TaskLifecycle;
import cn.gov.bizenv.casetracking.domain.model.task.TaskRepository;
import cn.gov.bizenv.casetracking.domain.model.task.TaskStatus;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitRepository;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Task changes. The roles here admit the office and unit handlers; what each may do to a task is
 * then the lifecycle's table (the office creates, assigns, accepts and sends back; the lead
 * reports, meets milestones and claims completion). Every change adds a timeline event.
 */
@Stateless
@RolesAllowed({TRIAGE_OFFICER, SUPERVISOR, UNIT_HANDLER})
public class TaskHandlingService implements TaskHandling {
  @Inject TaskRepository tasks;
  @Inject UnitRepository units;
  @Inject TaskAccess access;
  @Inject TaskViews views;
  @Inject TaskNotices notices;
  @Inject Callers callers;
  @Inject InputValidation validation;
  @Inject PortalClock clock;
  @Inject WorkingDayCalendars calendars;
  @Inject AttachmentKeeper attachments;

  @Override
  @RolesAllowed({TRIAGE_OFFICER, SUPERVISOR})
  public long create(NewTask command) {
    validation.check(command);
    CallerProfile caller = callers.current();
    LocalDateTime now = clock.now();
    LocalDate startsOn = command.startsOn() != null ? command.startsOn() : now.toLocalDate();
    List<FieldViolation> problems = new ArrayList<>();
    if (command.deadline().isBefore(startsOn)) {
      problems.add(new FieldViolation("deadline", "task.deadline.beforeStart", Map.of()));
    }
    for (int i = 0; i < command.milestones().size(); i++) {
      NewMilestone milestone = command.milestones().get(i);
      if (milestone.dueOn().isAfter(command.deadline())) {
        problems.add(
            new FieldViolation(
                "milestones[" + i + "].dueOn", "task.milestone.dueOn.afterDeadline", Map.of()));
      }
    }
    Unit lead = leadUnit(command.leadUnitId(), problems);
    List<Unit> cooperating = cooperatingUnits(command.cooperatingUnitIds(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Task task =
        new Task(
            command.source(),
            blankToNull(command.sourceReference()),
            command.sourceDate(),
            command.content().strip(),
            blankToNull(command.target()),
            command.deadline(),
            command.cadence(),
            startsOn,
            now,
            caller.username());
    task.assign(lead, blankToNull(command.responsiblePerson()), cooperating);
    command.milestones().forEach(m -> task.addMilestone(m.title(), m.dueOn()));
    tasks.add(task);
    event(task, TaskEventType.CREATED, caller, null, null);
    notices.toLead(task, "notice.task.ASSIGNED", caller.username());
    return task.getId();
  }

  @Override
  public void assign(long taskId, TaskAssignment command) {
    validation.check(command);
    CallerProfile caller = callers.current();
    Task task = access.visibleTask(taskId, caller);
    requireVersion(task, command.version());
    TaskStatus from = task.getStatus();
    TaskStatus to = access.check(task, TaskAction.ASSIGN, caller);
    List<FieldViolation> problems = new ArrayList<>();
    Unit lead = leadUnit(command.leadUnitId(), problems);
    List<Unit> cooperating = cooperatingUnits(command.cooperatingUnitIds(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    task.assign(lead, blankToNull(command.responsiblePerson()), cooperating);
    task.moveTo(to);
    String note = lead.getName() + (command.note() == null ? "" : " — " + command.note().strip());
    event(task, TaskEventType.ASSIGNED, caller, from, note);
    notices.toLead(task, "notice.task.ASSIGNED", caller.username());
  }

  @Override
  public ProgressReportView report(long taskId, NewProgressReport command) {
    validation.check(command);
    CallerProfile caller = callers.current();
    Task task = access.visibleTask(taskId, caller);
    TaskStatus from = task.getStatus();
    TaskStatus to = access.check(task, TaskAction.REPORT_PROGRESS, caller);
    LocalDateTime now = clock.now();
    ReportSchedule schedule = task.schedule(calendars.current());
    ReportPeriod period = period(schedule, command.periodKey(), task, now.toLocalDate());
    ProgressReport report =
        new ProgressReport(
            task.getId(),
            period,
            command.done().strip(),
            blankToNull(command.nextSteps()),
            blankToNull(command.problems()),
            command.percentComplete(),
            caller.username(),
            now);
    tasks.addReport(report);
    task.reported(now.toLocalDate(), command.percentComplete(), report.getDone());
    task.moveTo(to);
    event(task, TaskEventType.REPORTED, caller, from, period.key());
    return views.report(report);
  }

  @Override
  public List<AttachmentView> attach(long taskId, long reportId, List<NewAttachment> files) {
    CallerProfile caller = callers.current();
    Task task = access.visibleTask(taskId, caller);
    if (!access.leads(task, caller)) {
      throw new RuleViolationException("task.refused.party", "ATTACH", task.getStatus().name());
    }
    access.requireReport(task, reportId);
    return attachments.keep(AttachmentOwner.TASK_REPORT, reportId, files, caller.username());
  }

  @Override
  public void meetMilestone(long taskId, int sequence, MilestoneMet command) {
    validation.check(command);
    CallerProfile caller = callers.current();
    Task task = access.visibleTask(taskId, caller);
    TaskStatus from = task.getStatus();
    TaskStatus to = access.check(task, TaskAction.MEET_MILESTONE, caller);
    var milestone =
        task.milestone(sequence).orElseThrow(() -> new NotFoundException("milestone", sequence));
    if (milestone.isMet()) {
      throw new RuleViolationException("task.milestone.alreadyMet", sequence);
    }
    LocalDate today = clock.now().toLocalDate();
    LocalDate on = command.metOn() != null ? command.metOn() : today;
    if (on.isAfter(today)) {
      throw InvalidInputException.of("metOn", "task.milestone.metOn.future");
    }
    task.meetMilestone(sequence, on, blankToNull(command.note()));
    task.moveTo(to);
    event(task, TaskEventType.MILESTONE_MET, caller, from, sequence + ". " + milestone.getTitle());
  }

  @Override
  public void claimCompletion(long taskId, TaskDecision decision) {
    validation.check(decision);
    CallerProfile caller = callers.current();
    Task task = access.visibleTask(taskId, caller);
    requireVersion(task, decision.version());
    if (decision.note() == null || decision.note().isBlank()) {
      throw InvalidInputException.of("note", "task.evidence.required");
    }
    decide(task, caller, TaskAction.CLAIM_COMPLETION, TaskEventType.COMPLETION_CLAIMED, decision);
    task.completionClaimed();
    notices.toOffice(task, "notice.task.COMPLETION_CLAIMED", caller.username());
  }

  @Override
  public void accept(long taskId, TaskDecision decision) {
    validation.check(decision);
    CallerProfile caller = callers.current();
    Task task = access.visibleTask(taskId, caller);
    requireVersion(task, decision.version());
    decide(task, caller, TaskAction.ACCEPT, TaskEventType.ACCEPTED, decision);
    notices.toLead(task, "notice.task.ACCEPTED", caller.username());
  }

  @Override
  public void sendBack(long taskId, TaskDecision decision) {
    validation.check(decision);
    CallerProfile caller = callers.current();
    Task task = access.visibleTask(taskId, caller);
    requireVersion(task, decision.version());
    if (TaskLifecycle.requiresReason(TaskAction.SEND_BACK)
        && (decision.note() == null || decision.note().isBlank())) {
      throw InvalidInputException.of("note", "task.reason.required");
    }
    decide(task, caller, TaskAction.SEND_BACK, TaskEventType.SENT_BACK, decision);
    notices.toLead(task, "notice.task.SENT_BACK", caller.username());
  }

  private void decide(
      Task task,
      CallerProfile caller,
      TaskAction action,
      TaskEventType type,
      TaskDecision decision) {
    TaskStatus from = task.getStatus();
    task.moveTo(access.check(task, action, caller));
    event(task, type, caller, from, blankToNull(decision.note()));
  }

  private ReportPeriod period(ReportSchedule schedule, String key, Task task, LocalDate today) {
    if (key != null && !key.isBlank()) {
      return schedule.periods().stream()
          .filter(p -> p.key().equals(key.strip()))
          .findFirst()
          .orElseThrow(() -> InvalidInputException.of("periodKey", "task.report.period.unknown"));
    }
    return schedule
        .nextToReport(today, tasks.reportedPeriods(task.getId()))
        .or(() -> schedule.periodOf(today))
        .or(() -> schedule.periods().stream().reduce((a, b) -> b))
        .orElseThrow(() -> InvalidInputException.of("periodKey", "task.report.period.unknown"));
  }

  private Unit leadUnit(Long id, List<FieldViolation> problems) {
    Unit unit = units.find(id).filter(Unit::isActive).orElse(null);
    if (unit == null || unit.getKind() == UnitKind.LEADING_GROUP_OFFICE) {
      problems.add(new FieldViolation("leadUnitId", "task.leadUnitId.unknown", Map.of()));
    }
    return unit;
  }

  private List<Unit> cooperatingUnits(List<Long> ids, List<FieldViolation> problems) {
    List<Unit> found = new ArrayList<>();
    Set<Long> distinct = new LinkedHashSet<>(ids);
    for (Long id : distinct) {
      units
          .find(id)
          .filter(Unit::isActive)
          .ifPresentOrElse(
              found::add,
              () ->
                  problems.add(
                      new FieldViolation(
                          "cooperatingUnitIds", "task.cooperatingUnitIds.unknown", Map.of())));
    }
    return found;
  }

  private void event(
      Task task, TaskEventType type, CallerProfile caller, TaskStatus from, String note) {
    tasks.addEvent(
        new TaskEvent(
            task.getId(), type, caller.username(), clock.now(), from, task.getStatus(), note));
  }

  private static void requireVersion(Task task, Long version) {
    if (version != null && version != task.getVersion()) {
      throw ConflictException.staleVersion();
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
