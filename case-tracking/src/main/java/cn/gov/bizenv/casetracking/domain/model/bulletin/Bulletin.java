package cn.gov.bizenv.casetracking.domain.model.bulletin;

import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A supervision bulletin (督查通报) for one period. While it is a draft the supervisor may change its
 * title, period, foreword and notable cases; submitted, it waits for a leader, who approves it or
 * sends it back to draft with a reason. Approval stores the snapshot of its content: from then on
 * it never changes, whatever happens to the cases it counted.
 */
@Entity
@Table(name = "bulletin")
public class Bulletin {
  public static final int TITLE_MAX = 200;
  public static final int FOREWORD_MAX = 4000;
  public static final int REASON_MAX = 500;

  /** A bulletin looks back over at most a year; longer reviews are the dashboard's work. */
  public static final int MAX_DAYS = 366;

  public static final int NOTABLE_MAX = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bulletin_seq")
  @SequenceGenerator(name = "bulletin_seq", sequenceName = "bulletin_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "period_kind", nullable = false, length = 10)
  private PeriodKind periodKind;

  @Column(name = "period_from", nullable = false)
  private LocalDate periodFrom;

  @Column(name = "period_to", nullable = false)
  private LocalDate periodTo;

  @Column(length = FOREWORD_MAX)
  private String foreword;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private BulletinStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "bulletin_notable_case", joinColumns = @JoinColumn(name = "bulletin_id"))
  @OrderColumn(name = "position")
  private List<NotableChoice> notable = new ArrayList<>();

  @Column(name = "drafted_by", nullable = false, updatable = false, length = 50)
  private String draftedBy;

  @Column(name = "drafted_at", nullable = false, updatable = false)
  private LocalDateTime draftedAt;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @Column(name = "decided_by", length = 50)
  private String decidedBy;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "return_reason", length = REASON_MAX)
  private String returnReason;

  @Column(length = 1_000_000)
  private String snapshot;

  @Column(name = "document_year")
  private Integer documentYear;

  @Column(name = "document_number")
  private Integer documentNumber;

  @Version private long version;

  protected Bulletin() {}

  public Bulletin(
      String title,
      PeriodKind kind,
      LocalDate from,
      LocalDate to,
      String foreword,
      List<NotableChoice> notable,
      String draftedBy,
      LocalDateTime draftedAt) {
    this.draftedBy = Objects.requireNonNull(draftedBy, "draftedBy");
    this.draftedAt = Objects.requireNonNull(draftedAt, "draftedAt");
    this.status = BulletinStatus.DRAFT;
    apply(title, kind, from, to, foreword, notable);
  }

  /** Changes a draft; a submitted or approved bulletin is refused. */
  public void revise(
      String title,
      PeriodKind kind,
      LocalDate from,
      LocalDate to,
      String foreword,
      List<NotableChoice> notable) {
    require(BulletinStatus.DRAFT);
    apply(title, kind, from, to, foreword, notable);
  }

  private void apply(
      String title,
      PeriodKind kind,
      LocalDate from,
      LocalDate to,
      String foreword,
      List<NotableChoice> notable) {
    if (title == null || title.isBlank()) {
      throw InvalidInputException.of("title", "bulletin.title.required");
    }
    if (kind == null) {
      throw InvalidInputException.of("periodKind", "bulletin.periodKind.required");
    }
    if (from == null) {
      throw InvalidInputException.of("from", "report.period.required");
    }
    LocalDate first = kind.first(from);
    LocalDate last = kind.last(first, to);
    if (last == null) {
      throw InvalidInputException.of("to", "report.period.required");
    }
    if (last.isBefore(first)) {
      throw InvalidInputException.of("to", "report.period.reversed");
    }
    if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
      throw InvalidInputException.of("to", "bulletin.period.tooLong");
    }
    List<NotableChoice> chosen = notable == null ? List.of() : notable;
    if (chosen.size() > NOTABLE_MAX) {
      throw InvalidInputException.of("notable", "bulletin.notable.tooMany");
    }
    if (new HashSet<>(chosen.stream().map(NotableChoice::getCaseId).toList()).size()
        != chosen.size()) {
      throw InvalidInputException.of("notable", "bulletin.notable.duplicate");
    }
    this.title = title.strip();
    this.periodKind = kind;
    this.periodFrom = first;
    this.periodTo = last;
    this.foreword = foreword == null || foreword.isBlank() ? null : foreword.strip();
    this.notable.clear();
    this.notable.addAll(chosen);
  }

  public void submit(LocalDateTime at) {
    require(BulletinStatus.DRAFT);
    status = BulletinStatus.SUBMITTED;
    submittedAt = Objects.requireNonNull(at, "at");
    returnReason = null;
  }

  /**
   * Approves a submitted bulletin and freezes the content it shows now; the content must be of this
   * bulletin's period. It becomes document {@code numberInYear} of the approval's year.
   */
  public void approve(BulletinContent content, int numberInYear, String leader, LocalDateTime at) {
    require(BulletinStatus.SUBMITTED);
    if (numberInYear < 1) {
      throw new IllegalArgumentException("document numbers start at 1");
    }
    Objects.requireNonNull(content, "content");
    if (!content.from().equals(periodFrom) || !content.to().equals(periodTo)) {
      throw new IllegalArgumentException("content of another period");
    }
    snapshot = BulletinSnapshot.write(content);
    status = BulletinStatus.APPROVED;
    decidedBy = Objects.requireNonNull(leader, "leader");
    decidedAt = Objects.requireNonNull(at, "at");
    documentYear = at.getYear();
    documentNumber = numberInYear;
  }

  /** The year of the document number (发文字号), null until approved. */
  public Integer getDocumentYear() {
    return documentYear;
  }

  /** The number within {@link #getDocumentYear()}, null until approved. */
  public Integer getDocumentNumber() {
    return documentNumber;
  }

  /** Sends a submitted bulletin back to its drafters; the reason says what to change. */
  public void sendBack(String reason, String leader, LocalDateTime at) {
    require(BulletinStatus.SUBMITTED);
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("reason", "bulletin.reason.required");
    }
    status = BulletinStatus.DRAFT;
    returnReason = reason.strip();
    decidedBy = Objects.requireNonNull(leader, "leader");
    decidedAt = Objects.requireNonNull(at, "at");
  }

  /** The content frozen on approval; empty while the bulletin is open. */
  public Optional<BulletinContent> frozenContent() {
    return snapshot == null ? Optional.empty() : Optional.of(BulletinSnapshot.read(snapshot));
  }

  /** Refuses what the bulletin's status does not allow (the refusal names the status needed). */
  public void require(BulletinStatus expected) {
    if (status != expected) {
      throw new RuleViolationException("bulletin.requires." + expected);
    }
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public PeriodKind getPeriodKind() {
    return periodKind;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public String getForeword() {
    return foreword;
  }

  public BulletinStatus getStatus() {
    return status;
  }

  public List<NotableChoice> getNotable() {
    return List.copyOf(notable);
  }

  public String getDraftedBy() {
    return draftedBy;
  }

  public LocalDateTime getDraftedAt() {
    return draftedAt;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public long getVersion() {
    return version;
  }
}
