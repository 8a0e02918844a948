package cn.gov.bizenv.chiefservice.domain.model.firm;

import java.util.List;
import java.util.Objects;

/** Thrown when a string is not a valid unified social credit code; {@link #defect()} says why. */
public final class InvalidCreditCodeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  // Defects are immutable records of serialisable values, but the interface does not say so.
  private final transient CreditCodeDefect defect;

  public InvalidCreditCodeException(CreditCodeDefect defect) {
    // The message is for logs only: the key and arguments, never UI text.
    super(Objects.requireNonNull(defect, "defect").messageKey() + " " + defect.arguments());
    this.defect = defect;
  }

  /** The full description of what is wrong, with its details. */
  public CreditCodeDefect defect() {
    return defect;
  }

  /** The kind of defect. */
  public CreditCodeDefect.Problem problem() {
    return defect.problem();
  }

  /** The key under which the UI finds the sentence to show. */
  public String messageKey() {
    return defect.messageKey();
  }

  /** The arguments of that sentence. */
  public List<Object> arguments() {
    return defect.arguments();
  }
}
