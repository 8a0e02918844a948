package cn.gov.bizenv.casetracking.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * Too many attempts from one address in a short time (letters written, wrong query codes); the
 * person may try again after the window.
 */
@ApplicationException(rollback = true)
public class TooManyAttemptsException extends DomainException {
  private static final long serialVersionUID = 1L;

  public TooManyAttemptsException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
