package cn.gov.bizenv.casetracking.application.tasks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One item of a rectification plan: the problem, its measures, who answers for it, by when. */
public record NewRectificationItem(
    @NotBlank(message = "{plan.problem.required}")
        @Size(max = 1000, message = "{plan.problem.size}")
        String problem,
    @NotBlank(message = "{plan.measures.required}")
        @Size(max = 2000, message = "{plan.measures.size}")
        String measures,
    @Size(max = 50, message = "{task.responsiblePerson.size}") String responsiblePerson,
    @NotNull(message = "{plan.deadline.required}") LocalDate deadline) {}
