package cn.gov.bizenv.casetracking.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Input failed validation; nothing was stored. Each violation names the field it concerns. */
@ApplicationException(rollback = true)
public class InvalidInputException extends DomainException {
  private static final long serialVersionUID = 1L;
  private final transient List<FieldViolation> violations;

  public InvalidInputException(List<FieldViolation> violations) {
    super("error.invalidInput");
    this.violations = List.copyOf(violations);
  }

  public static InvalidInputException of(String field, String messageKey) {
    return new InvalidInputException(
        List.of(new FieldViolation(field, messageKey, java.util.Map.of())));
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
