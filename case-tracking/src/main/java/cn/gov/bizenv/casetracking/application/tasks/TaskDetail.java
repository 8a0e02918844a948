package cn.gov.bizenv.casetracking.application.tasks;

import cn.gov.bizenv.casetracking.domain.model.task.TaskAction;
import java.util.List;
import java.util.Set;

/**
 * A task with its milestones, reporting periods, reports and timeline, and the actions the caller
 * may take on it now; a rectification task (整改) also has its plan's status and items.
 */
public record TaskDetail(
    TaskRow task,
    String target,
    java.time.LocalDate sourceDate,
    java.time.LocalDate startedOn,
    List<Long> cooperatingUnitIds,
    List<MilestoneView> milestones,
    List<ReportDue> periods,
    List<ProgressReportView> reports,
    List<TaskTimelineEntry> timeline,
    Set<TaskAction> allowedActions,
    cn.gov.bizenv.casetracking.domain.model.task.PlanStatus planStatus,
    List<RectificationItemView> rectificationItems,
    Long sourceCaseId,
    long version) {
  public TaskDetail {
    cooperatingUnitIds = List.copyOf(cooperatingUnitIds);
    milestones = List.copyOf(milestones);
    periods = List.copyOf(periods);
    reports = List.copyOf(reports);
    timeline = List.copyOf(timeline);
    allowedActions = Set.copyOf(allowedActions);
    rectificationItems = List.copyOf(rectificationItems);
  }
}
