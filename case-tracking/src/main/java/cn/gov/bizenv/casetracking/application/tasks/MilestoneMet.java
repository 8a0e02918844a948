package cn.gov.bizenv.casetracking.application.tasks;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The lead records a milestone as met, on {@code metOn} (today when not given). */
public record MilestoneMet(
    LocalDate metOn, @Size(max = 2000, message = "{task.note.size}") String note) {}
