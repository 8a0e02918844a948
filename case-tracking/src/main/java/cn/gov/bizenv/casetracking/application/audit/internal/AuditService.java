package cn.gov.bizenv.casetracking.application.audit.internal;

import cn.gov.bizenv.casetracking.application.audit.AuditLog;
import cn.gov.bizenv.casetracking.application.shared.CallerAddress;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.audit.AuditEntry;
import cn.gov.bizenv.casetracking.domain.model.audit.AuditEventType;
import cn.gov.bizenv.casetracking.domain.model.audit.AuditTrail;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.time.LocalDateTime;

/**
 * The audit log. Recording is open to every caller, anonymous ones included (a failed sign-in has
 * no caller yet), and runs in its own transaction so that an entry stays even when the request
 * fails afterwards; reading is for administrators.
 */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class AuditService implements AuditLog {
  @Inject AuditTrail trail;
  @Inject PortalClock clock;
  @Inject CallerAddress callerAddress;
  @Resource SessionContext session;

  @Override
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(AuditEventType event, String subject, String detail) {
    append(session.getCallerPrincipal().getName(), address(), event, subject, detail);
  }

  @Override
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordFor(String actor, String address, AuditEventType event, String detail) {
    append(actor == null ? "" : actor, address, event, null, detail);
  }

  private void append(
      String actor, String address, AuditEventType event, String subject, String detail) {
    trail.append(
        clock.now(), cut(actor, 100), event, cut(subject, 200), cut(address, 64), cut(detail, 500));
  }

  @Override
  public Page<AuditEntry> find(
      String actor,
      AuditEventType event,
      LocalDateTime from,
      LocalDateTime until,
      PageRequest page) {
    String who = actor == null || actor.isBlank() ? null : actor.strip();
    return new Page<>(
        trail.find(who, event, from, until, page.offset(), page.limit()),
        trail.count(who, event, from, until));
  }

  private String address() {
    try {
      return callerAddress.get();
    } catch (ContextNotActiveException noRequest) {
      return null;
    }
  }

  /** At most {@code max} characters, control characters (a hostile sign-in name) shown as '?'. */
  static String cut(String text, int max) {
    if (text == null) {
      return null;
    }
    String cut = text.length() <= max ? text : text.substring(0, max);
    return cut.codePoints()
        .map(c -> c < 0x20 || c == 0x7F ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }
}
