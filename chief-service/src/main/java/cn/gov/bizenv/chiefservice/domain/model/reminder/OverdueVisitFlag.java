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
 * A firm flagged to its officer and their leaders because its visit, due on {@code dueOn}, was
 * missed. Once per firm and due date: a visit moves the due date, and missing the next one flags
 * the firm again.
 */
@Entity
@Table(name = "overdue_visit_flag")
public class OverdueVisitFlag {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "overdue_visit_flag_seq")
  @SequenceGenerator(
      name = "overdue_visit_flag_seq",
      sequenceName = "overdue_visit_flag_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "firm_id", nullable = false, updatable = false)
  private long firmId;

  @Column(name = "officer_id", nullable = false, updatable = false)
  private long officerId;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private LocalDateTime raisedAt;

  protected OverdueVisitFlag() {}

  public OverdueVisitFlag(long firmId, long officerId, LocalDate dueOn, LocalDateTime raisedAt) {
    this.firmId = firmId;
    this.officerId = officerId;
    this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
    this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt");
  }

  public long getFirmId() {
    return firmId;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }
}
