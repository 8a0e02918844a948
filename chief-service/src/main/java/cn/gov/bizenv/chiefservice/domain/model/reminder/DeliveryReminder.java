package cn.gov.bizenv.chiefservice.domain.model.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A reminder that a pushed policy has not reached its firm after one step of the reminder rule. The
 * table allows each step once per delivery, which is what keeps a reminder from going out twice
 * when several servers sweep at the same moment.
 */
@Entity
@Table(name = "delivery_reminder")
public class DeliveryReminder {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_reminder_seq")
  @SequenceGenerator(
      name = "delivery_reminder_seq",
      sequenceName = "delivery_reminder_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "delivery_id", nullable = false, updatable = false)
  private long deliveryId;

  @Column(nullable = false, updatable = false, length = 30)
  private String step;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private LocalDateTime raisedAt;

  protected DeliveryReminder() {}

  public DeliveryReminder(long deliveryId, String step, LocalDate dueOn, LocalDateTime raisedAt) {
    this.deliveryId = deliveryId;
    this.step = Objects.requireNonNull(step, "step");
    this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
    this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt");
  }

  public long getDeliveryId() {
    return deliveryId;
  }

  public String getStep() {
    return step;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }
}
