package cn.gov.bizenv.casetracking.domain.model.audit;

import java.time.LocalDateTime;
import java.util.List;

/** The stored audit log. It can be appended to and read; nothing else. */
public interface AuditTrail {
  void append(
      LocalDateTime at,
      String actor,
      AuditEventType event,
      String subject,
      String address,
      String detail);

  /** Entries newest first; null filter values match everything. */
  List<AuditEntry> find(
      String actor,
      AuditEventType event,
      LocalDateTime from,
      LocalDateTime until,
      int offset,
      int limit);

  long count(String actor, AuditEventType event, LocalDateTime from, LocalDateTime until);
}
