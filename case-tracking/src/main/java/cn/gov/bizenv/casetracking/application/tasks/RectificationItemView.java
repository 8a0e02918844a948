package cn.gov.bizenv.casetracking.application.tasks;

import java.time.LocalDate;

/** One item of a rectification plan as readers see it; {@code acceptedOn} is its 销号. */
public record RectificationItemView(
    int sequence,
    String problem,
    String measures,
    String responsiblePerson,
    LocalDate deadline,
    LocalDate acceptedOn,
    String acceptedBy,
    String evidence) {}
