package cn.gov.bizenv.casetracking.application;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEventType;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import java.time.LocalDateTime;

/** One event of a case's timeline. */
public record TimelineEntry(
    CaseEventType type,
    String actor,
    LocalDateTime occurredAt,
    CaseStatus fromStatus,
    CaseStatus toStatus,
    String note) {}
