package cn.gov.bizenv.casetracking.application.tasks;

import cn.gov.bizenv.casetracking.domain.model.task.TaskEventType;
import cn.gov.bizenv.casetracking.domain.model.task.TaskStatus;
import java.time.LocalDateTime;

/** One line of a task's timeline; {@code actor} is a username or {@code SYSTEM} for the sweep. */
public record TaskTimelineEntry(
    TaskEventType type,
    String actor,
    LocalDateTime occurredAt,
    TaskStatus fromStatus,
    TaskStatus toStatus,
    String note) {}
