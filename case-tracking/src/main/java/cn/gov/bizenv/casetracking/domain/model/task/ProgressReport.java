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
 * A progress report (进展报告) for one period of a task: what was done, what comes next, the problems
 * met and the share complete. Reports are never changed; a correction is a new report.
 */
@Entity
@Table(name = "task_report")
public class ProgressReport {
  public static final int TEXT_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_report_seq")
  @SequenceGenerator(
      name = "task_report_seq",
      sequenceName = "task_report_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "task_id", nullable = false, updatable = false)
  private long taskId;

  @Column(name = "period_key", nullable = false, updatable = false, length = 20)
  private String periodKey;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Column(nullable = false, updatable = false, length = TEXT_MAX)
  private String done;

  @Column(name = "next_steps", updatable = false, length = TEXT_MAX)
  private String nextSteps;

  @Column(updatable = false, length = TEXT_MAX)
  private String problems;

  @Column(name = "percent_complete", nullable = false, updatable = false)
  private int percentComplete;

  @Column(name = "filed_by", nullable = false, updatable = false, length = 50)
  private String filedBy;

  @Column(name = "filed_at", nullable = false, updatable = false)
  private LocalDateTime filedAt;

  protected ProgressReport() {}

  public ProgressReport(
      long taskId,
      ReportPeriod period,
      String done,
      String nextSteps,
      String problems,
      int percentComplete,
      String filedBy,
      LocalDateTime filedAt) {
    if (percentComplete < 0 || percentComplete > 100) {
      throw new IllegalArgumentException("share complete must be 0..100");
    }
    this.taskId = taskId;
    this.periodKey = period.key();
    this.dueOn = period.dueOn();
    this.done = Objects.requireNonNull(done, "done");
    this.nextSteps = nextSteps;
    this.problems = problems;
    this.percentComplete = percentComplete;
    this.filedBy = Objects.requireNonNull(filedBy, "filedBy");
    this.filedAt = Objects.requireNonNull(filedAt, "filedAt");
  }

  public Long getId() {
    return id;
  }

  public long getTaskId() {
    return taskId;
  }

  public String getPeriodKey() {
    return periodKey;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public String getDone() {
    return done;
  }

  public String getNextSteps() {
    return nextSteps;
  }

  public String getProblems() {
    return problems;
  }

  public int getPercentComplete() {
    return percentComplete;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public LocalDateTime getFiledAt() {
    return filedAt;
  }

  /** Filed after the day it was due. */
  public boolean isLate() {
    return filedAt.toLocalDate().isAfter(dueOn);
  }
}
