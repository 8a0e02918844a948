package cn.gov.bizenv.casetracking.application.tasks;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A progress report (进展报告): what was done, what comes next, the problems met and the share
 * complete. {@code periodKey} names the period reported for; when empty, the earliest period not
 * yet reported whose work has begun.
 */
public record NewProgressReport(
    @Size(max = 20, message = "{task.report.period.unknown}") String periodKey,
    @NotBlank(message = "{task.report.done.required}")
        @Size(max = 2000, message = "{task.report.done.size}")
        String done,
    @Size(max = 2000, message = "{task.report.nextSteps.size}") String nextSteps,
    @Size(max = 2000, message = "{task.report.problems.size}") String problems,
    @NotNull(message = "{task.report.percentComplete.required}")
        @Min(value = 0, message = "{task.report.percentComplete.range}")
        @Max(value = 100, message = "{task.report.percentComplete.range}")
        Integer percentComplete) {}
