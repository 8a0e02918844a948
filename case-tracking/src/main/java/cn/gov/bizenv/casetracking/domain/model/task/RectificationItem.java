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

/**
 * One item of a rectification plan (整改方案): the problem, the measures, who answers for it and by
 * when; accepted (销号) by the office with its evidence.
 */
@Entity
@Table(name = "task_rectification_item")
public class RectificationItem {
  public static final int PROBLEM_MAX = 1000;
  public static final int TEXT_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_rectification_seq")
  @SequenceGenerator(
      name = "task_rectification_seq",
      sequenceName = "task_rectification_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "task_id", nullable = false, updatable = false)
  private Task task;

  @Column(name = "seq", nullable = false)
  private int sequence;

  @Column(nullable = false, length = PROBLEM_MAX)
  private String problem;

  @Column(nullable = false, length = TEXT_MAX)
  private String measures;

  @Column(name = "responsible_person", length = Task.PERSON_MAX)
  private String responsiblePerson;

  @Column(nullable = false)
  private LocalDate deadline;

  @Column(name = "accepted_on")
  private LocalDate acceptedOn;

  @Column(name = "accepted_by", length = 50)
  private String acceptedBy;

  @Column(length = TEXT_MAX)
  private String evidence;

  protected RectificationItem() {}

  RectificationItem(
      Task task,
      int sequence,
      String problem,
      String measures,
      String responsiblePerson,
      LocalDate deadline) {
    this.task = Objects.requireNonNull(task, "task");
    this.sequence = sequence;
    this.problem = Objects.requireNonNull(problem, "problem");
    this.measures = Objects.requireNonNull(measures, "measures");
    this.responsiblePerson = responsiblePerson;
    this.deadline = Objects.requireNonNull(deadline, "deadline");
  }

  void revise(RectificationItemDraft draft) {
    this.problem = Objects.requireNonNull(draft.problem(), "problem");
    this.measures = Objects.requireNonNull(draft.measures(), "measures");
    this.responsiblePerson = draft.responsiblePerson();
    this.deadline = Objects.requireNonNull(draft.deadline(), "deadline");
  }

  void accept(LocalDate on, String by, String evidence) {
    this.acceptedOn = Objects.requireNonNull(on, "on");
    this.acceptedBy = Objects.requireNonNull(by, "by");
    this.evidence = Objects.requireNonNull(evidence, "evidence");
  }

  public int getSequence() {
    return sequence;
  }

  public String getProblem() {
    return problem;
  }

  public String getMeasures() {
    return measures;
  }

  public String getResponsiblePerson() {
    return responsiblePerson;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public LocalDate getAcceptedOn() {
    return acceptedOn;
  }

  public String getAcceptedBy() {
    return acceptedBy;
  }

  public String getEvidence() {
    return evidence;
  }

  public boolean isAccepted() {
    return acceptedOn != null;
  }
}
