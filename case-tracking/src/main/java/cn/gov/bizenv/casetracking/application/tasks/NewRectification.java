package cn.gov.bizenv.casetracking.application.tasks;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A rectification task (整改) as the office starts it. From a case (a bulletin's notable case, for
 * example: {@code caseId}) the content, the lead (the case's lead unit, else its concerned unit)
 * and the source (the tracking number) come from the case unless given; otherwise content and lead
 * are required.
 */
public record NewRectification(
    Long caseId,
    @Size(max = 2000, message = "{task.content.size}") String content,
    Long leadUnitId,
    @NotNull(message = "{task.deadline.required}") LocalDate deadline) {}
