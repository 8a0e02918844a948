package cn.gov.bizenv.casetracking.application.triage;

import jakarta.validation.constraints.Size;

/**
 * A new case to suggest for: its title and content (at least one of them) and, if known, the unit
 * it is about.
 */
public record SuggestionRequest(
    @Size(max = 200, message = "{triage.title.size}") String title,
    @Size(max = 20000, message = "{triage.content.size}") String content,
    Long concernedUnitId) {}
