package cn.gov.bizenv.casetracking.domain.shared;

import jakarta.ejb.ApplicationException;

/** Someone else changed the record first, or the change would break a uniqueness rule. */
@ApplicationException(rollback = true)
public class ConflictException extends DomainException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }

  /** The record was saved by someone else since the caller read it. */
  public static ConflictException staleVersion() {
    return new ConflictException("error.conflict.stale");
  }
}
