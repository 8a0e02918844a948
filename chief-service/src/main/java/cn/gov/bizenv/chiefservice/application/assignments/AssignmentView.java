package cn.gov.bizenv.chiefservice.application.assignments;

import java.time.LocalDateTime;

/** One line of a firm's assignment history; {@code to} is empty for the current officer. */
public record AssignmentView(
    long id,
    long officerId,
    String officerName,
    LocalDateTime from,
    LocalDateTime to,
    String reason,
    String assignedBy) {}
