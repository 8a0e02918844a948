package cn.gov.bizenv.casetracking.application.tasks;

import cn.gov.bizenv.casetracking.application.attachments.AttachmentView;
import cn.gov.bizenv.casetracking.application.attachments.NewAttachment;
import java.util.List;

/**
 * Changing tasks: the office creates, assigns, accepts (销号) or sends back (退回补充); the lead reports,
 * meets milestones and claims completion. Every change is a line of the task's timeline.
 */
public interface TaskHandling {
  /** Records a new task (未启动) and returns its id. */
  long create(NewTask task);

  void assign(long taskId, TaskAssignment assignment);

  /** Files a progress report and returns it. */
  ProgressReportView report(long taskId, NewProgressReport report);

  /** Adds evidence to a report filed on the task, under the attachment rules of cases. */
  List<AttachmentView> attach(long taskId, long reportId, List<NewAttachment> files);

  void meetMilestone(long taskId, int sequence, MilestoneMet met);

  void claimCompletion(long taskId, TaskDecision decision);

  void accept(long taskId, TaskDecision decision);

  void sendBack(long taskId, TaskDecision decision);
}
