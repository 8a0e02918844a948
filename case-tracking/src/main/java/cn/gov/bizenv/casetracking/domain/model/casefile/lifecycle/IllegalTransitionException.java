package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import java.util.Objects;

/**
 * Thrown when an action is not allowed on a case. Callers branch on {@link #reason()} and show
 * {@link #messageKey()}; the exception message is for logs only and holds no display text.
 */
public class IllegalTransitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final RefusalReason reason;
  private final CaseStatus from;
  private final CaseAction action;

  /** Creates the exception for a refused action. */
  public IllegalTransitionException(RefusalReason reason, CaseStatus from, CaseAction action) {
    super(
        Objects.requireNonNull(reason, "reason").messageKey()
            + ": "
            + Objects.requireNonNull(action, "action")
            + " from "
            + Objects.requireNonNull(from, "from"));
    this.reason = reason;
    this.from = from;
    this.action = action;
  }

  /** Why the action was refused. */
  public RefusalReason reason() {
    return reason;
  }

  /** The case's status when the action was attempted. */
  public CaseStatus from() {
    return from;
  }

  /** The refused action. */
  public CaseAction action() {
    return action;
  }

  /** The resource-bundle key for the user-facing message. */
  public String messageKey() {
    return reason.messageKey();
  }
}
