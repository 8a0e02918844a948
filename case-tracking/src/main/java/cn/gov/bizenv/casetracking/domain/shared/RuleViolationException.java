package cn.gov.bizenv.casetracking.domain.shared;

import jakarta.ejb.ApplicationException;

/** A business rule refuses the request (for example an action not allowed in the case's status). */
@ApplicationException(rollback = true)
public class RuleViolationException extends DomainException {
  private static final long serialVersionUID = 1L;

  public RuleViolationException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
