package cn.gov.bizenv.casetracking.application.tasks;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The office hands a task to a lead (a unit or a special group) and its cooperating units. */
public record TaskAssignment(
    @NotNull(message = "{task.leadUnitId.required}") Long leadUnitId,
    @Size(max = 50, message = "{task.responsiblePerson.size}") String responsiblePerson,
    @Size(max = 30, message = "{task.cooperatingUnitIds.size}")
        List<@NotNull(message = "{task.cooperatingUnitIds.unknown}") Long> cooperatingUnitIds,
    @Size(max = 2000, message = "{task.note.size}") String note,
    Long version) {
  public TaskAssignment {
    cooperatingUnitIds = cooperatingUnitIds == null ? List.of() : cooperatingUnitIds;
  }
}
