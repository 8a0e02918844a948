package cn.gov.bizenv.casetracking.application.audit;

import cn.gov.bizenv.casetracking.domain.model.audit.AuditEntry;
import cn.gov.bizenv.casetracking.domain.model.audit.AuditEventType;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import java.time.LocalDateTime;

/**
 * The append-only audit log: sign-ins and their failures, views and exports of unmasked personal
 * data, API keys issued and revoked, account changes. Anyone's action is recorded; only
 * administrators read it; nobody changes or deletes it.
 */
public interface AuditLog {
  /** Records an event by the signed-in caller from the current request's client address. */
  void record(AuditEventType event, String subject, String detail);

  /**
   * Records an event for a named actor from a given address, for the sign-in, which has no caller
   * yet and runs before the request's address is known to the services.
   */
  void recordFor(String actor, String address, AuditEventType event, String detail);

  /** Entries newest first, filtered by person, event and period (null: any). */
  Page<AuditEntry> find(
      String actor,
      AuditEventType event,
      LocalDateTime from,
      LocalDateTime until,
      PageRequest page);
}
