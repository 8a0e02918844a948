package cn.gov.bizenv.casetracking.application.tasks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A dated step of a task's plan (施工图). */
public record NewMilestone(
    @NotBlank(message = "{task.milestone.title.required}")
        @Size(max = 200, message = "{task.milestone.title.size}")
        String title,
    @NotNull(message = "{task.milestone.dueOn.required}") LocalDate dueOn) {}
