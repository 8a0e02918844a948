package cn.gov.bizenv.casetracking.domain.model.supervision;

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
 * A warning or a step of the supervision ladder (催办 → 督办单 → 通报 → 问责) raised for a case in one round
 * of its clock. The table allows each step once per round, which is what keeps a step from firing
 * twice when several servers sweep at the same moment.
 */
@Entity
@Table(name = "supervision_step")
public class SupervisionStep {
  /** A warning step's name: {@code WARNING_70} at 70 % of the time used. */
  public static final String WARNING_PREFIX = "WARNING_";

  public static String warning(int percent) {
    return WARNING_PREFIX + percent;
  }

  /** Sent when a dispatched case has not been signed for in time. */
  public static final String SIGN_OFF_OVERDUE = "SIGN_OFF_OVERDUE";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_step_seq")
  @SequenceGenerator(
      name = "supervision_step_seq",
      sequenceName = "supervision_step_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private long caseId;

  @Column(nullable = false, updatable = false, length = 30)
  private String step;

  @Column(name = "clock_round", nullable = false, updatable = false)
  private int clockRound;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private LocalDateTime raisedAt;

  @Column(name = "raised_by", nullable = false, updatable = false, length = 50)
  private String raisedBy;

  protected SupervisionStep() {}

  public SupervisionStep(
      long caseId,
      String step,
      int clockRound,
      LocalDate dueOn,
      LocalDateTime raisedAt,
      String raisedBy) {
    this.caseId = caseId;
    this.step = Objects.requireNonNull(step, "step");
    this.clockRound = clockRound;
    this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
    this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt");
    this.raisedBy = Objects.requireNonNull(raisedBy, "raisedBy");
  }

  public long getCaseId() {
    return caseId;
  }

  public String getStep() {
    return step;
  }

  public int getClockRound() {
    return clockRound;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }
}
