package cn.gov.bizenv.casetracking.domain.model.task;

import java.time.LocalDate;

/** An item of a rectification plan as the lead files it. */
public record RectificationItemDraft(
    String problem, String measures, String responsiblePerson, LocalDate deadline) {}
