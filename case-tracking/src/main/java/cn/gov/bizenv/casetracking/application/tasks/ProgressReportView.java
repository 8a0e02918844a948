package cn.gov.bizenv.casetracking.application.tasks;

import cn.gov.bizenv.casetracking.application.attachments.AttachmentView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A filed progress report with its evidence. */
public record ProgressReportView(
    long id,
    String periodKey,
    LocalDate dueOn,
    String done,
    String nextSteps,
    String problems,
    int percentComplete,
    String filedBy,
    LocalDateTime filedAt,
    boolean late,
    List<AttachmentView> attachments) {
  public ProgressReportView {
    attachments = List.copyOf(attachments);
  }
}
