package cn.gov.bizenv.chiefservice.domain.model.visit;

import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An officer's visit to a firm (走访): planned for a day, then held or not held. A held visit records
 * whom the officer met and what was said, and the problems raised become cases; a visit that did
 * not take place says why. Once its outcome is recorded a visit is history and does not change,
 * because the cases it raised and the firm's visit record depend on it. Refusals name the field of
 * the visit form they concern.
 */
@Entity
@Table(name = "visit")
public class Visit {
  public static final int PEOPLE_MAX = 500;
  public static final int SUMMARY_MAX = 4000;
  public static final int REASON_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_seq")
  @SequenceGenerator(name = "visit_seq", sequenceName = "visit_seq", allocationSize = 50)
  private Long id;

  @Column(name = "firm_id", nullable = false, updatable = false)
  private long firmId;

  @Column(name = "officer_id", nullable = false, updatable = false)
  private long officerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private VisitStatus status;

  @Column(name = "visit_date", nullable = false)
  private LocalDate visitDate;

  @Column(name = "people_met", length = PEOPLE_MAX)
  private String peopleMet;

  @Column(length = SUMMARY_MAX)
  private String summary;

  @Column(name = "not_held_reason", length = REASON_MAX)
  private String notHeldReason;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "visit_case", joinColumns = @JoinColumn(name = "visit_id"))
  @OrderColumn(name = "position")
  private List<RaisedCase> raisedCases = new ArrayList<>();

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Embedded private VisitLocation location;

  @Version private long version;

  protected Visit() {}

  /** A visit the officer plans for the given day. */
  public Visit(long firmId, long officerId, LocalDate plannedOn, LocalDateTime createdAt) {
    this.firmId = firmId;
    this.officerId = officerId;
    this.visitDate = Objects.requireNonNull(plannedOn, "plannedOn");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.status = VisitStatus.PLANNED;
  }

  /** Moves a planned visit to another day. */
  public void reschedule(LocalDate day) {
    requirePlanned();
    visitDate = Objects.requireNonNull(day, "day");
  }

  /**
   * The visit took place on the given day, which cannot be after today: an officer logs what
   * happened, not what will.
   */
  public void held(LocalDate on, LocalDate today, String people, String whatWasSaid) {
    requirePlanned();
    requireNotFuture(on, today);
    if (whatWasSaid == null || whatWasSaid.isBlank()) {
      throw InvalidInputException.of("summary", "visit.summary.required");
    }
    status = VisitStatus.HELD;
    visitDate = on;
    peopleMet = blankToNull(people);
    summary = whatWasSaid.strip();
  }

  /** The visit did not take place; the reason is required so that coverage reports can tell why. */
  public void notHeld(LocalDate on, LocalDate today, String reason) {
    requirePlanned();
    requireNotFuture(on, today);
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("notHeldReason", "visit.reason.required");
    }
    status = VisitStatus.NOT_HELD;
    visitDate = on;
    notHeldReason = reason.strip();
  }

  /** Where the officer checked in from; a later check-in replaces an earlier one. */
  public void checkedIn(VisitLocation at) {
    location = Objects.requireNonNull(at, "at");
  }

  /** The check-in, if the officer made one. */
  public java.util.Optional<VisitLocation> getLocation() {
    return location == null || !location.isRecorded()
        ? java.util.Optional.empty()
        : java.util.Optional.of(location);
  }

  /** Keeps the case a problem of this visit became; only a held visit raises problems. */
  public void raised(RaisedCase raisedCase) {
    if (status != VisitStatus.HELD) {
      throw InvalidInputException.of("problems", "visit.problems.onlyHeld");
    }
    raisedCases.add(Objects.requireNonNull(raisedCase, "raisedCase"));
  }

  private void requirePlanned() {
    if (status.isFinal()) {
      throw new RuleViolationException("visit.final");
    }
  }

  private static void requireNotFuture(LocalDate on, LocalDate today) {
    Objects.requireNonNull(on, "on");
    if (on.isAfter(today)) {
      throw InvalidInputException.of("visitDate", "visit.date.future");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
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

  public VisitStatus getStatus() {
    return status;
  }

  public LocalDate getVisitDate() {
    return visitDate;
  }

  public String getPeopleMet() {
    return peopleMet;
  }

  public String getSummary() {
    return summary;
  }

  public String getNotHeldReason() {
    return notHeldReason;
  }

  public List<RaisedCase> getRaisedCases() {
    return List.copyOf(raisedCases);
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
