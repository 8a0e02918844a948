package cn.gov.bizenv.casetracking.domain.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One immutable line of a case's timeline: who did what, when, from which status to which, and
 * why. Events are only ever added, never changed or deleted; every column is not updatable.
 */
@Entity
@Table(name = "case_event")
public class CaseEvent {
  public static final int NOTE_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
  @SequenceGenerator(name = "case_event_seq", sequenceName = "case_event_seq", allocationSize = 50)
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private long caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 40)
  private CaseEventType type;

  @Column(nullable = false, updatable = false, length = 50)
  private String actor;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private LocalDateTime occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false, length = 20)
  private CaseStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false, length = 20)
  private CaseStatus toStatus;

  @Column(updatable = false, length = NOTE_MAX)
  private String note;

  protected CaseEvent() {}

  public CaseEvent(
      long caseId,
      CaseEventType type,
      String actor,
      LocalDateTime occurredAt,
      CaseStatus fromStatus,
      CaseStatus toStatus,
      String note) {
    this.caseId = caseId;
    this.type = Objects.requireNonNull(type, "type");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.fromStatus = fromStatus;
    this.toStatus = Objects.requireNonNull(toStatus, "toStatus");
    this.note = note;
  }

  /** The first event of every case. */
  public static CaseEvent recorded(CaseFile caseFile) {
    return new CaseEvent(
        caseFile.getId(),
        CaseEventType.RECORDED,
        caseFile.getRecordedBy(),
        caseFile.getReceivedAt(),
        null,
        caseFile.getStatus(),
        null);
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  public CaseEventType getType() {
    return type;
  }

  public String getActor() {
    return actor;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public CaseStatus getFromStatus() {
    return fromStatus;
  }

  public CaseStatus getToStatus() {
    return toStatus;
  }

  public String getNote() {
    return note;
  }
}
