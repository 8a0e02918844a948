package cn.gov.bizenv.casetracking.application.tasks;

import cn.gov.bizenv.casetracking.domain.model.task.ReportingCadence;
import cn.gov.bizenv.casetracking.domain.model.task.SourceKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A task as the office records it: its source (the meeting and its date, or the plan's item
 * number), content and target, the lead with its responsible person and the cooperating units, the
 * milestones, the final deadline and the reporting cadence. {@code startsOn} defaults to today.
 */
public record NewTask(
    @NotNull(message = "{task.source.required}") SourceKind source,
    @Size(max = 200, message = "{task.sourceReference.size}") String sourceReference,
    LocalDate sourceDate,
    @NotBlank(message = "{task.content.required}")
        @Size(max = 2000, message = "{task.content.size}")
        String content,
    @Size(max = 1000, message = "{task.target.size}") String target,
    @NotNull(message = "{task.leadUnitId.required}") Long leadUnitId,
    @Size(max = 50, message = "{task.responsiblePerson.size}") String responsiblePerson,
    @Size(max = 30, message = "{task.cooperatingUnitIds.size}")
        List<@NotNull(message = "{task.cooperatingUnitIds.unknown}") Long> cooperatingUnitIds,
    @Size(max = 50, message = "{task.milestones.size}")
        List<@Valid @NotNull(message = "{task.milestones.size}") NewMilestone> milestones,
    @NotNull(message = "{task.deadline.required}") LocalDate deadline,
    @NotNull(message = "{task.cadence.required}") ReportingCadence cadence,
    LocalDate startsOn) {
  public NewTask {
    cooperatingUnitIds = cooperatingUnitIds == null ? List.of() : cooperatingUnitIds;
    milestones = milestones == null ? List.of() : milestones;
  }
}
