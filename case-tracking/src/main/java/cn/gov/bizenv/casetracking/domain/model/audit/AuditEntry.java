package cn.gov.bizenv.casetracking.domain.model.audit;

import java.time.LocalDateTime;

/** One event of the audit log: who, what, on which record, from which address, when. */
public record AuditEntry(
    long id,
    LocalDateTime occurredAt,
    String actor,
    AuditEventType event,
    String subject,
    String address,
    String detail) {}
