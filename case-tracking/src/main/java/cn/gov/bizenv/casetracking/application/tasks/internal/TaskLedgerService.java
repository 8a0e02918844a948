package cn.gov.bizenv.casetracking.application.tasks.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.LEADER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.SUPERVISOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.UNIT_HANDLER;

import cn.gov.bizenv.casetracking.application.attachments.AttachmentContent;
import cn.gov.bizenv.casetracking.application.attachments.internal.AttachmentKeeper;
import cn.gov.bizenv.casetracking.application.calendar.internal.WorkingDayCalendars;
import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.application.tasks.LedgerFilter;
import cn.gov.bizenv.casetracking.application.tasks.TaskDetail;
import cn.gov.bizenv.casetracking.application.tasks.TaskLedger;
import cn.gov.bizenv.casetracking.application.tasks.TaskRow;
import cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentOwner;
import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import cn.gov.bizenv.casetracking.domain.model.task.Task;
import cn.gov.bizenv.casetracking.domain.model.task.TaskCriteria;
import cn.gov.bizenv.casetracking.domain.model.task.TaskRepository;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** The ledger and task details, scoped to what the caller may see. */
@Stateless
@RolesAllowed({TRIAGE_OFFICER, SUPERVISOR, LEADER, UNIT_HANDLER})
public class TaskLedgerService implements TaskLedger {
  @Inject TaskRepository tasks;
  @Inject TaskAccess access;
  @Inject TaskViews views;
  @Inject Callers callers;
  @Inject PortalClock clock;
  @Inject WorkingDayCalendars calendars;
  @Inject AttachmentKeeper attachments;

  @Override
  public Page<TaskRow> ledger(LedgerFilter filter, PageRequest page) {
    TaskCriteria criteria = criteria(filter, callers.current());
    LocalDate today = clock.now().toLocalDate();
    WorkingDayCalendar calendar = calendars.current();
    List<TaskRow> rows =
        tasks.find(criteria, page).stream().map(task -> views.row(task, today, calendar)).toList();
    return new Page<>(rows, tasks.count(criteria));
  }

  @Override
  public long count(LedgerFilter filter) {
    return tasks.count(criteria(filter, callers.current()));
  }

  @Override
  public TaskDetail detail(long taskId) {
    CallerProfile caller = callers.current();
    return views.detail(access.visibleTask(taskId, caller), caller, clock.now().toLocalDate());
  }

  @Override
  public AttachmentContent download(long taskId, long reportId, long attachmentId) {
    Task task = access.visibleTask(taskId, callers.current());
    access.requireReport(task, reportId);
    return attachments.read(AttachmentOwner.TASK_REPORT, reportId, attachmentId);
  }

  private TaskCriteria criteria(LedgerFilter filter, CallerProfile caller) {
    LedgerFilter f = filter == null ? LedgerFilter.none() : filter;
    return new TaskCriteria(
            f.source(),
            f.groupId(),
            f.unitId(),
            f.status(),
            f.overdueOnly(),
            f.deadlineFrom(),
            f.deadlineTo(),
            null)
        .visibleTo(access.scopeOf(caller));
  }
}
