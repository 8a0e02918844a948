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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One immutable line of a case's timeline: who did what, when, from which status to which, and why.
 * Events are only ever added, never changed or deleted; every column is not updatable. The {@link
 * Facts} keep what the action decided (units, days, outcome, rating) as it was then, so the
 * timeline stays true after the case moves on.
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

  @Column(name = "extension_days", updatable = false)
  private Integer extensionDays;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false, length = 20)
  private CaseOutcome outcome;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false, length = 20)
  private Satisfaction satisfaction;

  @Column(name = "lead_unit_name", updatable = false, length = 100)
  private String leadUnitName;

  // Newline-separated: unit names are single-line, and the list is only ever shown, never queried.
  @Column(name = "assisting_unit_names", updatable = false, length = 2000)
  private String assistingUnitNames;

  @Column(name = "related_tracking_number", updatable = false, length = 20)
  private String relatedTrackingNumber;

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

  /** An event with what the action decided. */
  public CaseEvent(
      long caseId,
      CaseEventType type,
      String actor,
      LocalDateTime occurredAt,
      CaseStatus fromStatus,
      CaseStatus toStatus,
      String note,
      Facts facts) {
    this(caseId, type, actor, occurredAt, fromStatus, toStatus, note);
    Objects.requireNonNull(facts, "facts");
    this.extensionDays = facts.extensionDays();
    this.outcome = facts.outcome();
    this.satisfaction = facts.satisfaction();
    this.leadUnitName = facts.leadUnitName();
    this.assistingUnitNames =
        facts.assistingUnitNames().isEmpty() ? null : String.join("\n", facts.assistingUnitNames());
    this.relatedTrackingNumber = facts.relatedTrackingNumber();
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

  /** What the action decided; empty for most actions. */
  public Facts getFacts() {
    return new Facts(
        extensionDays,
        outcome,
        satisfaction,
        leadUnitName,
        assistingUnitNames == null ? List.of() : Arrays.asList(assistingUnitNames.split("\n")),
        relatedTrackingNumber);
  }

  /**
   * The decisions an event records besides its note.
   *
   * @param extensionDays working days requested, approved or refused
   * @param outcome the outcome class given at closing
   * @param satisfaction the rating given at follow-up
   * @param leadUnitName the lead unit a dispatch chose
   * @param assistingUnitNames the assisting units a dispatch chose
   * @param relatedTrackingNumber the case this one was merged into
   */
  public record Facts(
      Integer extensionDays,
      CaseOutcome outcome,
      Satisfaction satisfaction,
      String leadUnitName,
      List<String> assistingUnitNames,
      String relatedTrackingNumber) {
    public static final Facts NONE = new Facts(null, null, null, null, List.of(), null);

    public Facts {
      assistingUnitNames = List.copyOf(assistingUnitNames);
    }

    public static Facts dispatch(String leadUnitName, List<String> assistingUnitNames) {
      return new Facts(null, null, null, leadUnitName, assistingUnitNames, null);
    }

    public static Facts extension(int days) {
      return new Facts(days, null, null, null, List.of(), null);
    }

    public static Facts outcome(CaseOutcome outcome) {
      return new Facts(null, outcome, null, null, List.of(), null);
    }

    public static Facts rating(Satisfaction satisfaction) {
      return new Facts(null, null, satisfaction, null, List.of(), null);
    }

    public static Facts mergedInto(String trackingNumber) {
      return new Facts(null, null, null, null, List.of(), trackingNumber);
    }
  }
}
