package cn.gov.bizenv.casetracking.application.tasks.internal;

import cn.gov.bizenv.casetracking.application.attachments.internal.AttachmentKeeper;
import cn.gov.bizenv.casetracking.application.calendar.internal.WorkingDayCalendars;
import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.application.tasks.MilestoneView;
import cn.gov.bizenv.casetracking.application.tasks.ProgressReportView;
import cn.gov.bizenv.casetracking.application.tasks.RectificationItemView;
import cn.gov.bizenv.casetracking.application.tasks.ReportDue;
import cn.gov.bizenv.casetracking.application.tasks.TaskDetail;
import cn.gov.bizenv.casetracking.application.tasks.TaskRow;
import cn.gov.bizenv.casetracking.application.tasks.TaskTimelineEntry;
import cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentOwner;
import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import cn.gov.bizenv.casetracking.domain.model.task.Milestone;
import cn.gov.bizenv.casetracking.domain.model.task.MilestoneClock;
import cn.gov.bizenv.casetracking.domain.model.task.ProgressReport;
import cn.gov.bizenv.casetracking.domain.model.task.Task;
import cn.gov.bizenv.casetracking.domain.model.task.TaskRepository;
import cn.gov.bizenv.casetracking.domain.model.task.TaskStatus;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Turns tasks into the records readers get; entities never leave the EJB boundary. */
@ApplicationScoped
public class TaskViews {
  @Inject TaskRepository tasks;
  @Inject TaskAccess access;
  @Inject AttachmentKeeper attachments;
  @Inject WorkingDayCalendars calendars;

  TaskRow row(Task task, LocalDate today, WorkingDayCalendar calendar) {
    int late =
        task.getStatus() == TaskStatus.OVERDUE && task.getOverdueSince() != null
            ? new MilestoneClock(calendar).workingDaysLate(task.getOverdueSince(), null, today)
            : 0;
    return new TaskRow(
        task.getId(),
        task.getSourceKind(),
        task.getSourceReference(),
        task.getContent(),
        task.getLeadUnit().getId(),
        task.getLeadUnit().getName(),
        task.getResponsiblePerson(),
        task.getCooperatingUnits().stream()
            .sorted(Comparator.comparing(Unit::getId))
            .map(Unit::getName)
            .toList(),
        task.getDeadline(),
        task.getNextMilestoneOn(),
        task.getLastReportOn(),
        task.getLastProgress(),
        task.getCadence(),
        task.getStatus(),
        task.getPercentComplete(),
        late);
  }

  TaskDetail detail(Task task, CallerProfile caller, LocalDate today) {
    WorkingDayCalendar calendar = calendars.current();
    MilestoneClock clock = new MilestoneClock(calendar);
    Set<String> filed = tasks.reportedPeriods(task.getId());
    List<ReportDue> periods =
        task.schedule(calendar).periods().stream()
            .map(
                period ->
                    new ReportDue(
                        period.key(),
                        period.start(),
                        period.end(),
                        period.dueOn(),
                        filed.contains(period.key()),
                        !filed.contains(period.key())
                            && task.getStatus().isOpen()
                            && period.isLateOn(today)))
            .toList();
    return new TaskDetail(
        row(task, today, calendar),
        task.getTarget(),
        task.getSourceDate(),
        task.getStartedOn(),
        task.getCooperatingUnits().stream().map(Unit::getId).sorted().toList(),
        task.getMilestones().stream().map(m -> milestone(m, clock, today)).toList(),
        periods,
        tasks.reports(task.getId()).stream().map(this::report).toList(),
        tasks.events(task.getId()).stream()
            .map(
                e ->
                    new TaskTimelineEntry(
                        e.getType(),
                        e.getActor(),
                        e.getOccurredAt(),
                        e.getFromStatus(),
                        e.getToStatus(),
                        e.getNote()))
            .toList(),
        access.allowedActions(task, caller),
        task.getPlanStatus(),
        task.getRectificationItems().stream()
            .map(
                i ->
                    new RectificationItemView(
                        i.getSequence(),
                        i.getProblem(),
                        i.getMeasures(),
                        i.getResponsiblePerson(),
                        i.getDeadline(),
                        i.getAcceptedOn(),
                        i.getAcceptedBy(),
                        i.getEvidence()))
            .toList(),
        task.getSourceCaseId(),
        task.getVersion());
  }

  static MilestoneView milestone(Milestone m, MilestoneClock clock, LocalDate today) {
    return new MilestoneView(
        m.getSequence(),
        m.getTitle(),
        m.getDueOn(),
        clock.effectiveDue(m.getDueOn()),
        m.getMetOn(),
        m.getMetNote(),
        clock.isMissed(m.getDueOn(), m.getMetOn(), today),
        clock.workingDaysLate(m.getDueOn(), m.getMetOn(), today));
  }

  ProgressReportView report(ProgressReport r) {
    return new ProgressReportView(
        r.getId(),
        r.getPeriodKey(),
        r.getDueOn(),
        r.getDone(),
        r.getNextSteps(),
        r.getProblems(),
        r.getPercentComplete(),
        r.getFiledBy(),
        r.getFiledAt(),
        r.isLate(),
        attachments.list(AttachmentOwner.TASK_REPORT, r.getId()));
  }
}
