package cn.gov.bizenv.chiefservice.domain.model.delivery;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a delivery cannot move from one state to another, or not on the given day.
 *
 * <p>Carries a message key and arguments rather than text: the UI words it.
 */
public final class IllegalDeliveryStepException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The delivery is already redeemed: nothing follows. */
  public static final String FINISHED = "delivery.step.finished";

  /** The step to the state the delivery is already in. */
  public static final String REPEATED = "delivery.step.repeated";

  /** A step to an earlier state. */
  public static final String BACKWARDS = "delivery.step.backwards";

  /** A step that leaves out the state in between. */
  public static final String SKIPPED = "delivery.step.skipped";

  /** Applying for an application-free (免申即享) policy. */
  public static final String NOT_APPLICABLE = "delivery.step.not-applicable";

  /** A day before the previous step's day; arguments: the day, the previous step's day. */
  public static final String BEFORE_PREVIOUS = "delivery.date.before-previous";

  /** A day after today; arguments: the day, today. */
  public static final String IN_FUTURE = "delivery.date.future";

  private final DeliveryState from;
  private final DeliveryState to;
  private final String messageKey;
  // Dates and states only, all serialisable, but List<Object> does not say so.
  private final transient List<Object> arguments;

  public IllegalDeliveryStepException(
      DeliveryState from, DeliveryState to, String messageKey, Object... arguments) {
    super(messageKey + " " + from + "->" + to + " " + List.of(arguments));
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.arguments = List.of(arguments);
  }

  /** The state the delivery was in, and still is. */
  public DeliveryState from() {
    return from;
  }

  /** The state the step tried to reach. */
  public DeliveryState to() {
    return to;
  }

  /** The key under which the UI finds the sentence to show. */
  public String messageKey() {
    return messageKey;
  }

  /** The arguments of that sentence (the dates, for the date rules). */
  public List<Object> arguments() {
    return arguments;
  }
}
