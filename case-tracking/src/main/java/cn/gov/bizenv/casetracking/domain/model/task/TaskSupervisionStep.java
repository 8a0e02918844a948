package cn.gov.bizenv.casetracking.domain.model.task;

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
 * A step of the task ladder raised once: 催报 for a late report of a period, 督办 and 通报 for a missed
 * milestone or deadline. The table allows each (task, step, subject) once, which keeps two servers
 * sweeping at the same moment from raising it twice.
 */
@Entity
@Table(name = "task_supervision_step")
public class TaskSupervisionStep {
  /** 催报: a report due and not filed; the subject is the period's key. */
  public static final String URGE_REPORT = "URGE_REPORT";

  /** 督办: a milestone (subject {@code M<n>}) or the deadline (subject {@code DEADLINE}) missed. */
  public static final String SUPERVISION_ORDER = "SUPERVISION_ORDER";

  /** 通报: still missed some working days after the 督办. */
  public static final String NOTICE = "NOTICE";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_step_seq")
  @SequenceGenerator(name = "task_step_seq", sequenceName = "task_step_seq", allocationSize = 50)
  private Long id;

  @Column(name = "task_id", nullable = false, updatable = false)
  private long taskId;

  @Column(nullable = false, updatable = false, length = 30)
  private String step;

  @Column(nullable = false, updatable = false, length = 20)
  private String subject;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private LocalDateTime raisedAt;

  protected TaskSupervisionStep() {}

  public TaskSupervisionStep(
      long taskId, String step, String subject, LocalDate dueOn, LocalDateTime raisedAt) {
    this.taskId = taskId;
    this.step = Objects.requireNonNull(step, "step");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
    this.raisedAt = Objects.requireNonNull(raisedAt, "raisedAt");
  }

  /** The key by which a raised step is recognised: {@code STEP:subject}. */
  public static String key(String step, String subject) {
    return step + ":" + subject;
  }

  public String key() {
    return key(step, subject);
  }

  public long getTaskId() {
    return taskId;
  }

  public String getStep() {
    return step;
  }

  public String getSubject() {
    return subject;
  }
}
