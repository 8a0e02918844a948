package cn.gov.bizenv.chiefservice.domain.model.delivery;

import static cn.gov.bizenv.chiefservice.domain.model.delivery.IllegalDeliveryStepException.BACKWARDS;
import static cn.gov.bizenv.chiefservice.domain.model.delivery.IllegalDeliveryStepException.BEFORE_PREVIOUS;
import static cn.gov.bizenv.chiefservice.domain.model.delivery.IllegalDeliveryStepException.FINISHED;
import static cn.gov.bizenv.chiefservice.domain.model.delivery.IllegalDeliveryStepException.IN_FUTURE;
import static cn.gov.bizenv.chiefservice.domain.model.delivery.IllegalDeliveryStepException.NOT_APPLICABLE;
import static cn.gov.bizenv.chiefservice.domain.model.delivery.IllegalDeliveryStepException.REPEATED;
import static cn.gov.bizenv.chiefservice.domain.model.delivery.IllegalDeliveryStepException.SKIPPED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The progress of one pushed policy with one firm: PUSHED → DELIVERED → ACKNOWLEDGED → APPLIED →
 * REDEEMED, each step dated.
 *
 * <p>Steps go strictly forward one at a time, because each is a fact the supervision office counts
 * (送达率, 知晓率, 兑现率) and a skipped step would make those rates lie. The one exception is the
 * application-free policy (免申即享), where the firm never applies: ACKNOWLEDGED leads straight to
 * REDEEMED and APPLIED is never allowed.
 *
 * <p>Each step's day must be on or after the previous step's day and not after today. Today is
 * passed in, not read from a clock, so that the rule is the caller's explicit business.
 */
public final class PolicyDelivery {

  private final boolean applicationFree;
  private final List<DeliveryStep> history = new ArrayList<>();

  private PolicyDelivery(boolean applicationFree, LocalDate pushedOn) {
    this.applicationFree = applicationFree;
    history.add(new DeliveryStep(DeliveryState.PUSHED, pushedOn));
  }

  /**
   * A delivery that starts now, as the system pushes the policy.
   *
   * @param pushedOn the day of the push; the system sets it, so it is not checked against today
   * @param applicationFree whether the policy is application-free (免申即享)
   */
  public static PolicyDelivery pushedOn(LocalDate pushedOn, boolean applicationFree) {
    return new PolicyDelivery(applicationFree, pushedOn);
  }

  /**
   * Rebuilds a delivery from its stored history, checking it by the same rules as when it was
   * recorded, so that a corrupt row fails loudly instead of producing an impossible delivery.
   *
   * @throws IllegalArgumentException if the history is empty or does not start with PUSHED
   * @throws IllegalDeliveryStepException if a later step breaks the rules
   */
  public static PolicyDelivery restore(boolean applicationFree, List<DeliveryStep> history) {
    if (history.isEmpty() || history.get(0).state() != DeliveryState.PUSHED) {
      throw new IllegalArgumentException("delivery.history.not-pushed-first: " + history);
    }
    PolicyDelivery delivery = new PolicyDelivery(applicationFree, history.get(0).on());
    // Stored days were checked against their own today when recorded; the last one bounds them.
    LocalDate latest = history.get(history.size() - 1).on();
    for (DeliveryStep step : history.subList(1, history.size())) {
      delivery.advanceTo(step.state(), step.on(), latest);
    }
    return delivery;
  }

  /**
   * Moves to the given state on the given day: 已送达 (DELIVERED), 已知晓 (ACKNOWLEDGED), 已申报 (APPLIED,
   * never for an application-free policy) or 已兑现 (REDEEMED).
   *
   * @throws IllegalDeliveryStepException if the step or its day breaks the rules; the delivery is
   *     then unchanged
   */
  public void advanceTo(DeliveryState to, LocalDate on, LocalDate today) {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(today, "today");
    DeliveryState from = state();
    Optional<String> refusal = refusal(from, to);
    if (refusal.isPresent()) {
      throw new IllegalDeliveryStepException(from, to, refusal.get());
    }
    LocalDate previous = lastStep().on();
    if (on.isBefore(previous)) {
      throw new IllegalDeliveryStepException(from, to, BEFORE_PREVIOUS, on, previous);
    }
    if (on.isAfter(today)) {
      throw new IllegalDeliveryStepException(from, to, IN_FUTURE, on, today);
    }
    history.add(new DeliveryStep(to, on));
  }

  /** The states the delivery may move to next: one, or none once redeemed. */
  public Set<DeliveryState> nextSteps() {
    return next(state()).map(Set::of).orElseGet(Set::of);
  }

  /** The current state. */
  public DeliveryState state() {
    return lastStep().state();
  }

  /** Whether the policy is application-free (免申即享), which skips APPLIED. */
  public boolean isApplicationFree() {
    return applicationFree;
  }

  /** The steps so far, oldest first, starting with PUSHED. */
  public List<DeliveryStep> history() {
    return List.copyOf(history);
  }

  private DeliveryStep lastStep() {
    return history.get(history.size() - 1);
  }

  private Optional<DeliveryState> next(DeliveryState from) {
    return switch (from) {
      case PUSHED -> Optional.of(DeliveryState.DELIVERED);
      case DELIVERED -> Optional.of(DeliveryState.ACKNOWLEDGED);
      case ACKNOWLEDGED ->
          Optional.of(applicationFree ? DeliveryState.REDEEMED : DeliveryState.APPLIED);
      case APPLIED -> Optional.of(DeliveryState.REDEEMED);
      case REDEEMED -> Optional.empty();
    };
  }

  // Why a step is refused, most specific reason first, so the UI can say the useful thing.
  private Optional<String> refusal(DeliveryState from, DeliveryState to) {
    if (next(from).equals(Optional.of(to))) {
      return Optional.empty();
    }
    if (from == DeliveryState.REDEEMED) {
      return Optional.of(FINISHED);
    }
    if (from == to) {
      return Optional.of(REPEATED);
    }
    if (applicationFree && to == DeliveryState.APPLIED) {
      return Optional.of(NOT_APPLICABLE);
    }
    if (to.compareTo(from) < 0) {
      return Optional.of(BACKWARDS);
    }
    return Optional.of(SKIPPED);
  }
}
