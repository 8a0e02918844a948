package cn.gov.bizenv.casetracking.domain.model.task;

import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A supervision task (督查事项): where it comes from, what is to be achieved, who leads it and who
 * cooperates, its milestones (施工图), its final deadline and how often its lead reports. The status
 * changes only through {@link #moveTo}, after {@link TaskLifecycle} allowed the action.
 */
@Entity
@Table(name = "task")
public class Task {
  public static final int CONTENT_MAX = 2000;
  public static final int TARGET_MAX = 1000;
  public static final int REFERENCE_MAX = 200;
  public static final int PERSON_MAX = 50;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_seq")
  @SequenceGenerator(name = "task_seq", sequenceName = "task_seq", allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_kind", nullable = false, length = 30)
  private SourceKind sourceKind;

  @Column(name = "source_reference", length = REFERENCE_MAX)
  private String sourceReference;

  @Column(name = "source_date")
  private LocalDate sourceDate;

  @Column(nullable = false, length = CONTENT_MAX)
  private String content;

  @Column(length = TARGET_MAX)
  private String target;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "lead_unit_id", nullable = false)
  private Unit leadUnit;

  @Column(name = "responsible_person", length = PERSON_MAX)
  private String responsiblePerson;

  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "task_cooperating_unit",
      joinColumns = @JoinColumn(name = "task_id"),
      inverseJoinColumns = @JoinColumn(name = "unit_id"))
  private Set<Unit> cooperatingUnits = new LinkedHashSet<>();

  @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sequence")
  private List<Milestone> milestones = new ArrayList<>();

  @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sequence")
  private List<RectificationItem> rectificationItems = new ArrayList<>();

  // Only rectification tasks (整改) have a plan; the case they were started from, if any.
  @Enumerated(EnumType.STRING)
  @Column(name = "plan_status", length = 20)
  private PlanStatus planStatus;

  @Column(name = "source_case_id")
  private Long sourceCaseId;

  @Column(nullable = false)
  private LocalDate deadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReportingCadence cadence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TaskStatus status = TaskStatus.NOT_STARTED;

  @Column(name = "percent_complete", nullable = false)
  private int percentComplete;

  @Column(name = "started_on", nullable = false)
  private LocalDate startedOn;

  @Column(name = "next_milestone_on")
  private LocalDate nextMilestoneOn;

  @Column(name = "last_report_on")
  private LocalDate lastReportOn;

  // The last report's "done", kept on the task so the ledger and its export read no report rows.
  @Column(name = "last_progress", length = ProgressReport.TEXT_MAX)
  private String lastProgress;

  @Column(name = "overdue_since")
  private LocalDate overdueSince;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 50)
  private String createdBy;

  @Version private long version;

  protected Task() {}

  public Task(
      SourceKind sourceKind,
      String sourceReference,
      LocalDate sourceDate,
      String content,
      String target,
      LocalDate deadline,
      ReportingCadence cadence,
      LocalDate startedOn,
      LocalDateTime createdAt,
      String createdBy) {
    this.sourceKind = Objects.requireNonNull(sourceKind, "sourceKind");
    this.sourceReference = sourceReference;
    this.sourceDate = sourceDate;
    this.content = Objects.requireNonNull(content, "content");
    this.target = target;
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    this.cadence = Objects.requireNonNull(cadence, "cadence");
    this.startedOn = Objects.requireNonNull(startedOn, "startedOn");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
  }

  /**
   * Hands the task to a lead (unit or special group) with its responsible person and cooperators.
   */
  public void assign(Unit lead, String responsiblePerson, Collection<Unit> cooperating) {
    this.leadUnit = Objects.requireNonNull(lead, "lead");
    this.responsiblePerson = responsiblePerson;
    this.cooperatingUnits.clear();
    for (Unit unit : cooperating) {
      if (!unit.getId().equals(lead.getId())) {
        this.cooperatingUnits.add(unit);
      }
    }
  }

  /** Makes this task a rectification (整改): its lead is to file a plan of items. */
  public void awaitRectificationPlan(Long fromCaseId) {
    this.planStatus = PlanStatus.AWAITED;
    this.sourceCaseId = fromCaseId;
  }

  /**
   * The lead files the plan (or files it again after a send-back): its items replace any earlier
   * ones, number by number.
   *
   * @throws RuleViolationException {@code plan.refused} when the task is no rectification or its
   *     plan is not awaited
   */
  public void fileRectificationPlan(List<RectificationItemDraft> items) {
    if (planStatus == null || !planStatus.awaitsFiling() || !status.isOpen()) {
      throw new RuleViolationException("plan.refused", String.valueOf(planStatus));
    }
    // Items keep their numbers: a refiled plan rewrites item n in place (deleting and inserting the
    // same number in one flush would meet the unique number first), drops those beyond its length.
    while (rectificationItems.size() > items.size()) {
      rectificationItems.remove(rectificationItems.size() - 1);
    }
    for (int i = 0; i < items.size(); i++) {
      RectificationItemDraft item = items.get(i);
      if (i < rectificationItems.size()) {
        rectificationItems.get(i).revise(item);
      } else {
        rectificationItems.add(
            new RectificationItem(
                this,
                i + 1,
                item.problem(),
                item.measures(),
                item.responsiblePerson(),
                item.deadline()));
      }
    }
    planStatus = PlanStatus.SUBMITTED;
  }

  /** The office approves the filed plan or sends it back. */
  public void decideRectificationPlan(boolean approved) {
    if (planStatus != PlanStatus.SUBMITTED) {
      throw new RuleViolationException("plan.refused", String.valueOf(planStatus));
    }
    planStatus = approved ? PlanStatus.APPROVED : PlanStatus.SENT_BACK;
  }

  /** The office accepts (销号) one item of the approved plan with its evidence. */
  public RectificationItem acceptRectificationItem(
      int sequence, LocalDate on, String by, String evidence) {
    if (planStatus != PlanStatus.APPROVED) {
      throw new RuleViolationException("plan.refused", String.valueOf(planStatus));
    }
    RectificationItem item =
        rectificationItems.stream()
            .filter(i -> i.getSequence() == sequence)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("item", sequence));
    if (item.isAccepted()) {
      throw new RuleViolationException("plan.item.alreadyAccepted", sequence);
    }
    item.accept(on, by, evidence);
    return item;
  }

  /** Adds the next milestone of the plan. */
  public Milestone addMilestone(String title, LocalDate dueOn) {
    Milestone milestone = new Milestone(this, milestones.size() + 1, title, dueOn);
    milestones.add(milestone);
    refreshNextMilestone();
    return milestone;
  }

  /** Records milestone number {@code sequence} as met on {@code on}. */
  public Milestone meetMilestone(int sequence, LocalDate on, String note) {
    Milestone milestone =
        milestone(sequence)
            .orElseThrow(() -> new IllegalArgumentException("no milestone " + sequence));
    milestone.meet(on, note);
    refreshNextMilestone();
    return milestone;
  }

  public Optional<Milestone> milestone(int sequence) {
    return milestones.stream().filter(m -> m.getSequence() == sequence).findFirst();
  }

  /** Changes the status; the caller checked the action with {@link TaskLifecycle}. */
  public void moveTo(TaskStatus next) {
    this.status = Objects.requireNonNull(next, "next");
  }

  /** A report was filed on {@code on} with the share complete and what was done. */
  public void reported(LocalDate on, int percent, String done) {
    this.lastReportOn = on;
    this.percentComplete = percent;
    this.lastProgress = done;
  }

  /** The completion was claimed: the work is all done in the lead's view. */
  public void completionClaimed() {
    this.percentComplete = 100;
  }

  /** Marks the task late since the first date it missed; an earlier date wins. */
  public void lateSince(LocalDate missedOn) {
    if (overdueSince == null || missedOn.isBefore(overdueSince)) {
      this.overdueSince = missedOn;
    }
  }

  public void revise(String content, String target, LocalDate deadline, ReportingCadence cadence) {
    this.content = Objects.requireNonNull(content, "content");
    this.target = target;
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    this.cadence = Objects.requireNonNull(cadence, "cadence");
  }

  private void refreshNextMilestone() {
    this.nextMilestoneOn =
        milestones.stream()
            .filter(m -> !m.isMet())
            .map(Milestone::getDueOn)
            .min(LocalDate::compareTo)
            .orElse(null);
  }

  /** Milestones' dates in plan order, for the reporting schedule. */
  public List<LocalDate> milestoneDates() {
    return milestones.stream().map(Milestone::getDueOn).toList();
  }

  public ReportSchedule schedule(WorkingDayCalendar calendar) {
    return new ReportSchedule(cadence, startedOn, deadline, milestoneDates(), calendar);
  }

  public Long getId() {
    return id;
  }

  public SourceKind getSourceKind() {
    return sourceKind;
  }

  public String getSourceReference() {
    return sourceReference;
  }

  public LocalDate getSourceDate() {
    return sourceDate;
  }

  public String getContent() {
    return content;
  }

  public String getTarget() {
    return target;
  }

  public Unit getLeadUnit() {
    return leadUnit;
  }

  public String getResponsiblePerson() {
    return responsiblePerson;
  }

  public Set<Unit> getCooperatingUnits() {
    return Collections.unmodifiableSet(cooperatingUnits);
  }

  public List<Milestone> getMilestones() {
    return Collections.unmodifiableList(milestones);
  }

  public List<RectificationItem> getRectificationItems() {
    return Collections.unmodifiableList(rectificationItems);
  }

  public PlanStatus getPlanStatus() {
    return planStatus;
  }

  public Long getSourceCaseId() {
    return sourceCaseId;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public ReportingCadence getCadence() {
    return cadence;
  }

  public TaskStatus getStatus() {
    return status;
  }

  public int getPercentComplete() {
    return percentComplete;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public LocalDate getNextMilestoneOn() {
    return nextMilestoneOn;
  }

  public LocalDate getLastReportOn() {
    return lastReportOn;
  }

  public String getLastProgress() {
    return lastProgress;
  }

  public LocalDate getOverdueSince() {
    return overdueSince;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public long getVersion() {
    return version;
  }
}
