package cn.gov.bizenv.chiefservice.domain.model.delivery;

import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import cn.gov.bizenv.chiefservice.domain.model.firm.Firm;
import cn.gov.bizenv.chiefservice.domain.model.policy.Policy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A pushed policy's delivery to one firm, stored as the day of each step so that reach and take-up
 * are counts of filled columns. The rules of the steps are {@link PolicyDelivery}'s: the stored
 * days are turned back into one, advanced, and written out again.
 */
@Entity
@Table(name = "delivery")
public class Delivery {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_seq")
  @SequenceGenerator(name = "delivery_seq", sequenceName = "delivery_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "policy_id", nullable = false, updatable = false)
  private Policy policy;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "firm_id", nullable = false, updatable = false)
  private Firm firm;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DeliveryState state;

  @Column(name = "pushed_on", nullable = false, updatable = false)
  private LocalDate pushedOn;

  @Column(name = "delivered_on")
  private LocalDate deliveredOn;

  @Column(name = "acknowledged_on")
  private LocalDate acknowledgedOn;

  @Column(name = "applied_on")
  private LocalDate appliedOn;

  @Column(name = "redeemed_on")
  private LocalDate redeemedOn;

  @Column(name = "changed_by", length = 50)
  private String changedBy;

  @Version private long version;

  protected Delivery() {}

  /** The push: the policy is on its way to the firm, through the firm's officer. */
  public Delivery(Policy policy, Firm firm, LocalDate pushedOn, String pushedBy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.firm = Objects.requireNonNull(firm, "firm");
    this.pushedOn = Objects.requireNonNull(pushedOn, "pushedOn");
    this.changedBy = pushedBy;
    this.state = DeliveryState.PUSHED;
  }

  /**
   * Moves the delivery one step on the given day.
   *
   * @throws RuleViolationException with the step rule's message key when the step is not allowed;
   *     the delivery is then unchanged
   */
  public void advance(DeliveryState to, LocalDate on, LocalDate today, String by) {
    PolicyDelivery progress = progress();
    try {
      progress.advanceTo(to, on, today);
    } catch (IllegalDeliveryStepException refused) {
      throw new RuleViolationException(refused.messageKey(), refused.arguments().toArray());
    }
    switch (to) {
      case DELIVERED -> deliveredOn = on;
      case ACKNOWLEDGED -> acknowledgedOn = on;
      case APPLIED -> appliedOn = on;
      case REDEEMED -> redeemedOn = on;
      case PUSHED -> throw new IllegalStateException("a delivery is pushed only once");
    }
    state = to;
    changedBy = by;
  }

  /** The delivery's steps as the state machine sees them. */
  public PolicyDelivery progress() {
    List<DeliveryStep> steps = new ArrayList<>();
    steps.add(new DeliveryStep(DeliveryState.PUSHED, pushedOn));
    add(steps, DeliveryState.DELIVERED, deliveredOn);
    add(steps, DeliveryState.ACKNOWLEDGED, acknowledgedOn);
    add(steps, DeliveryState.APPLIED, appliedOn);
    add(steps, DeliveryState.REDEEMED, redeemedOn);
    return PolicyDelivery.restore(policy.isApplicationFree(), steps);
  }

  public Set<DeliveryState> nextSteps() {
    return progress().nextSteps();
  }

  private static void add(List<DeliveryStep> steps, DeliveryState state, LocalDate on) {
    if (on != null) {
      steps.add(new DeliveryStep(state, on));
    }
  }

  public Long getId() {
    return id;
  }

  public Policy getPolicy() {
    return policy;
  }

  public Firm getFirm() {
    return firm;
  }

  public DeliveryState getState() {
    return state;
  }

  public LocalDate getPushedOn() {
    return pushedOn;
  }

  public LocalDate getDeliveredOn() {
    return deliveredOn;
  }

  public LocalDate getAcknowledgedOn() {
    return acknowledgedOn;
  }

  public LocalDate getAppliedOn() {
    return appliedOn;
  }

  public LocalDate getRedeemedOn() {
    return redeemedOn;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public long getVersion() {
    return version;
  }
}
