package cn.gov.bizenv.casetracking.domain.model.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** A dated step of a task's plan (施工图 节点): what is to be reached by when, and when it was. */
@Entity
@Table(name = "task_milestone")
public class Milestone {
  public static final int TITLE_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_milestone_seq")
  @SequenceGenerator(
      name = "task_milestone_seq",
      sequenceName = "task_milestone_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "task_id", nullable = false, updatable = false)
  private Task task;

  @Column(name = "seq", nullable = false)
  private int sequence;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "met_on")
  private LocalDate metOn;

  @Column(name = "met_note", length = 2000)
  private String metNote;

  protected Milestone() {}

  Milestone(Task task, int sequence, String title, LocalDate dueOn) {
    this.task = Objects.requireNonNull(task, "task");
    this.sequence = sequence;
    if (title == null || title.isBlank() || title.strip().length() > TITLE_MAX) {
      throw new IllegalArgumentException("milestone title must be 1.." + TITLE_MAX + " characters");
    }
    this.title = title.strip();
    this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
  }

  void meet(LocalDate on, String note) {
    this.metOn = Objects.requireNonNull(on, "on");
    this.metNote = note;
  }

  public Long getId() {
    return id;
  }

  public int getSequence() {
    return sequence;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public LocalDate getMetOn() {
    return metOn;
  }

  public String getMetNote() {
    return metNote;
  }

  public boolean isMet() {
    return metOn != null;
  }
}
