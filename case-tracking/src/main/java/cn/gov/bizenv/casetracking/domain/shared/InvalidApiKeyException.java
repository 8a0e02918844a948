package cn.gov.bizenv.casetracking.domain.shared;

import jakarta.ejb.ApplicationException;

/** An API key is missing, unknown or revoked (403 in Open311's terms). */
@ApplicationException(rollback = true)
public class InvalidApiKeyException extends DomainException {
  private static final long serialVersionUID = 1L;

  public InvalidApiKeyException() {
    super("open311.apiKey.invalid");
  }
}
