package cn.gov.bizenv.casetracking.domain.model.task;

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

/** One immutable line of a task's timeline: who did what, when, from which status to which, why. */
@Entity
@Table(name = "task_event")
public class TaskEvent {
  public static final int NOTE_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_event_seq")
  @SequenceGenerator(name = "task_event_seq", sequenceName = "task_event_seq", allocationSize = 50)
  private Long id;

  @Column(name = "task_id", nullable = false, updatable = false)
  private long taskId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 30)
  private TaskEventType type;

  @Column(nullable = false, updatable = false, length = 50)
  private String actor;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private LocalDateTime occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false, length = 20)
  private TaskStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false, length = 20)
  private TaskStatus toStatus;

  @Column(updatable = false, length = NOTE_MAX)
  private String note;

  protected TaskEvent() {}

  public TaskEvent(
      long taskId,
      TaskEventType type,
      String actor,
      LocalDateTime occurredAt,
      TaskStatus fromStatus,
      TaskStatus toStatus,
      String note) {
    this.taskId = taskId;
    this.type = Objects.requireNonNull(type, "type");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.fromStatus = fromStatus;
    this.toStatus = Objects.requireNonNull(toStatus, "toStatus");
    this.note = note;
  }

  public Long getId() {
    return id;
  }

  public long getTaskId() {
    return taskId;
  }

  public TaskEventType getType() {
    return type;
  }

  public String getActor() {
    return actor;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public TaskStatus getFromStatus() {
    return fromStatus;
  }

  public TaskStatus getToStatus() {
    return toStatus;
  }

  public String getNote() {
    return note;
  }
}
