package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

/**
 * Why the lifecycle refused an action. Each reason carries a message key that the web layer
 * resolves into Chinese, so the domain stays free of display text.
 */
public enum RefusalReason {
  /** No transition for this action leaves the case's current status. */
  ACTION_NOT_ALLOWED_IN_STATUS("lifecycle.illegal.status"),
  /** None of the actor's roles may take this action. */
  ROLE_NOT_PERMITTED("lifecycle.illegal.role"),
  /** Only the lead unit's handlers may take this action. */
  NOT_THE_LEAD_UNIT("lifecycle.illegal.notLeadUnit"),
  /** Only handlers of the lead or an assisting unit may take this action. */
  NOT_A_PARTICIPATING_UNIT("lifecycle.illegal.notParticipatingUnit"),
  /** Only an assisting unit's handlers may take this action. */
  NOT_AN_ASSISTING_UNIT("lifecycle.illegal.notAssistingUnit");

  private final String messageKey;

  RefusalReason(String messageKey) {
    this.messageKey = messageKey;
  }

  /** The resource-bundle key for the user-facing message. */
  public String messageKey() {
    return messageKey;
  }
}
