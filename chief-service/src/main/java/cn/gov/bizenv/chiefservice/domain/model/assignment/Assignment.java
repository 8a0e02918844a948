package cn.gov.bizenv.chiefservice.domain.model.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One officer's time with one firm: from when, until when (open while current) and why it began.
 * Assignments are history: they are ended, never changed otherwise or deleted.
 */
@Entity
@Table(name = "assignment")
public class Assignment {
  public static final int REASON_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
  @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
  private Long id;

  @Column(name = "firm_id", nullable = false, updatable = false)
  private long firmId;

  @Column(name = "officer_id", nullable = false, updatable = false)
  private long officerId;

  @Column(name = "assigned_from", nullable = false, updatable = false)
  private LocalDateTime assignedFrom;

  @Column(name = "assigned_to")
  private LocalDateTime assignedTo;

  @Column(length = REASON_MAX, updatable = false)
  private String reason;

  @Column(name = "assigned_by", nullable = false, length = 50, updatable = false)
  private String assignedBy;

  protected Assignment() {}

  public Assignment(
      long firmId, long officerId, LocalDateTime from, String reason, String assignedBy) {
    this.firmId = firmId;
    this.officerId = officerId;
    this.assignedFrom = Objects.requireNonNull(from, "from");
    this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    this.assignedBy = Objects.requireNonNull(assignedBy, "assignedBy");
  }

  /**
   * Why a firm cannot go to the given officer, as a message key, or empty when it can. A firm has
   * one officer at a time; handing it to the officer it already has changes nothing, and taking it
   * from an officer needs a reason for the history.
   */
  public static Optional<String> refusal(Long currentOfficerId, long newOfficerId, String reason) {
    if (currentOfficerId != null && currentOfficerId == newOfficerId) {
      return Optional.of("assignment.sameOfficer");
    }
    if (currentOfficerId != null && (reason == null || reason.isBlank())) {
      return Optional.of("assignment.reason.required");
    }
    return Optional.empty();
  }

  /** The officer handed the firm over at the given moment. */
  public void end(LocalDateTime at) {
    if (assignedTo != null) {
      throw new IllegalStateException("the assignment has already ended");
    }
    if (at.isBefore(assignedFrom)) {
      throw new IllegalArgumentException("an assignment cannot end before it began");
    }
    assignedTo = at;
  }

  public boolean isCurrent() {
    return assignedTo == null;
  }

  public Long getId() {
    return id;
  }

  public long getFirmId() {
    return firmId;
  }

  public long getOfficerId() {
    return officerId;
  }

  public LocalDateTime getAssignedFrom() {
    return assignedFrom;
  }

  public LocalDateTime getAssignedTo() {
    return assignedTo;
  }

  public String getReason() {
    return reason;
  }

  public String getAssignedBy() {
    return assignedBy;
  }
}
