package cn.gov.bizenv.casetracking.domain.model.casefile;

import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A case (件): a lead, message, letter, suggestion, proposal or complaint that is handled to
 * closure. What happened to it is kept as {@link CaseEvent}s; the case itself holds the current
 * state only.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {
  public static final int TITLE_MAX = 200;
  public static final int CONTENT_MAX = 20000;
  public static final int FIRM_NAME_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_file_seq")
  @SequenceGenerator(name = "case_file_seq", sequenceName = "case_file_seq", allocationSize = 50)
  private Long id;

  @Column(name = "tracking_number", nullable = false, unique = true, length = 20)
  private String trackingNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Channel channel;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(nullable = false, length = CONTENT_MAX)
  private String content;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "concerned_unit_id", nullable = false)
  private Unit concernedUnit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CaseStatus status;

  @Column(name = "received_at", nullable = false)
  private LocalDateTime receivedAt;

  @Column(name = "recorded_by", nullable = false, length = 50)
  private String recordedBy;

  // Which firm a firm's request (企业诉求) concerns; chief service owns firms, so only id and name.
  @Column(name = "firm_id")
  private Long firmId;

  @Column(name = "firm_name", length = FIRM_NAME_MAX)
  private String firmName;

  @Version private long version;

  protected CaseFile() {}

  /** Records a new case, waiting for triage; its tracking number is set once the id is known. */
  public CaseFile(
      Channel channel,
      String title,
      String content,
      Unit concernedUnit,
      LocalDateTime receivedAt,
      String recordedBy) {
    this.channel = Objects.requireNonNull(channel, "channel");
    this.title = Objects.requireNonNull(title, "title").strip();
    this.content = Objects.requireNonNull(content, "content").strip();
    this.concernedUnit = Objects.requireNonNull(concernedUnit, "concernedUnit");
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.status = CaseStatus.NEW;
  }

  /**
   * Gives the case its readable number once the database id exists: year, channel code and the id,
   * for example {@code 2026XX00012345}. The id keeps it unique across channels and years.
   */
  public void assignTrackingNumber() {
    if (id == null) {
      throw new IllegalStateException("the case has no id yet");
    }
    if (trackingNumber == null) {
      trackingNumber = TrackingNumber.of(receivedAt.getYear(), channel, id);
    }
  }

  /** Records the firm the case concerns, as chief service knows it when the case is recorded. */
  public void concernFirm(long firmId, String firmName) {
    this.firmId = firmId;
    this.firmName = Objects.requireNonNull(firmName, "firmName").strip();
  }

  public Long getId() {
    return id;
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getTitle() {
    return title;
  }

  public String getContent() {
    return content;
  }

  public Unit getConcernedUnit() {
    return concernedUnit;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public LocalDateTime getReceivedAt() {
    return receivedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Long getFirmId() {
    return firmId;
  }

  public String getFirmName() {
    return firmName;
  }

  public long getVersion() {
    return version;
  }
}
