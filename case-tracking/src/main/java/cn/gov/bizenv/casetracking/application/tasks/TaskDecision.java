package cn.gov.bizenv.casetracking.application.tasks;

import jakarta.validation.constraints.Size;

/**
 * A claim of completion (its evidence in words), an acceptance (销号) or a send-back (退回补充, whose
 * note is the reason, required). {@code version}, when given, must be the task's current version.
 */
public record TaskDecision(
    @Size(max = 2000, message = "{task.note.size}") String note, Long version) {}
