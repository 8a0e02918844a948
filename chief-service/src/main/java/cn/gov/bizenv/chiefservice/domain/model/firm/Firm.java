package cn.gov.bizenv.chiefservice.domain.model.firm;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A key firm or project (重点企业/重点项目) served by a chief service officer. The firm is known by its
 * unified social credit code; a project may belong to a firm. The district is a case-tracking unit
 * and the officer an account, both referred to by id. The firm keeps the day its next visit is due,
 * so that lists of overdue firms are a plain indexed comparison.
 */
@Entity
@Table(name = "firm")
public class Firm {
  public static final int NAME_MAX = 200;
  public static final int TAG_MAX = 30;
  public static final int TAGS_MAX = 10;

  /** Expected visit cadence when none is set: monthly. */
  public static final int DEFAULT_VISIT_INTERVAL_DAYS = 30;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "firm_seq")
  @SequenceGenerator(name = "firm_seq", sequenceName = "firm_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "credit_code", nullable = false, unique = true, length = 18)
  private String creditCode;

  @Column(name = "industry_code", nullable = false, length = 10)
  private String industryCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private FirmSize size;

  @Column(name = "district_id", nullable = false)
  private long districtId;

  @Column(length = 200)
  private String address;

  @Column(name = "contact_name", length = 50)
  private String contactName;

  @Column(name = "contact_phone", length = 30)
  private String contactPhone;

  @Column(name = "key_project", nullable = false)
  private boolean keyProject;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "firm_tag", joinColumns = @JoinColumn(name = "firm_id"))
  @Column(name = "tag", nullable = false, length = TAG_MAX)
  private Set<String> tags = new TreeSet<>();

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Firm parent;

  @Column(name = "visit_interval_days", nullable = false)
  private int visitIntervalDays = DEFAULT_VISIT_INTERVAL_DAYS;

  @Column(name = "officer_id")
  private Long officerId;

  @Column(name = "officer_since")
  private LocalDateTime officerSince;

  @Column(name = "last_visit_on")
  private LocalDate lastVisitOn;

  @Column(name = "next_visit_due", nullable = false)
  private LocalDate nextVisitDue;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected Firm() {}

  /**
   * A new firm without an officer; its first visit falls due one cadence after it is registered.
   */
  public Firm(
      String name,
      UnifiedSocialCreditCode creditCode,
      String industryCode,
      FirmSize size,
      long districtId,
      LocalDateTime createdAt) {
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.creditCode = Objects.requireNonNull(creditCode, "creditCode").value();
    rename(name);
    classify(industryCode, size, districtId);
    scheduleNextVisit();
  }

  public void rename(String newName) {
    if (newName == null || newName.isBlank() || newName.strip().length() > NAME_MAX) {
      throw new IllegalArgumentException("firm name must be 1.." + NAME_MAX + " characters");
    }
    this.name = newName.strip();
  }

  /** Corrects the credit code, for example after a typing mistake at registration. */
  public void correctCreditCode(UnifiedSocialCreditCode code) {
    this.creditCode = Objects.requireNonNull(code, "code").value();
  }

  public void classify(String industryCode, FirmSize size, long districtId) {
    this.industryCode = Objects.requireNonNull(industryCode, "industryCode");
    this.size = Objects.requireNonNull(size, "size");
    this.districtId = districtId;
  }

  public void describe(String address, String contactName, String contactPhone) {
    this.address = blankToNull(address);
    this.contactName = blankToNull(contactName);
    this.contactPhone = blankToNull(contactPhone);
  }

  public void markKeyProject(boolean keyProject) {
    this.keyProject = keyProject;
  }

  /** Replaces the tags with the given ones, trimmed, without blanks or duplicates. */
  public void retag(Collection<String> newTags) {
    Set<String> cleaned = normaliseTags(newTags);
    if (cleaned.size() > TAGS_MAX || cleaned.stream().anyMatch(tag -> tag.length() > TAG_MAX)) {
      throw new IllegalArgumentException(
          "at most " + TAGS_MAX + " tags of " + TAG_MAX + " characters");
    }
    tags.clear();
    tags.addAll(cleaned);
  }

  /** Trimmed, distinct, non-blank tags in a stable order. */
  public static Set<String> normaliseTags(Collection<String> tags) {
    Set<String> cleaned = new TreeSet<>();
    if (tags != null) {
      tags.stream()
          .filter(Objects::nonNull)
          .map(String::strip)
          .filter(t -> !t.isEmpty())
          .forEach(cleaned::add);
    }
    return cleaned;
  }

  /**
   * Makes this a project of the given firm, or a firm of its own with {@code null}. Projects belong
   * to firms, not to other projects, so the hierarchy is one level deep.
   */
  public void belongTo(Firm newParent) {
    if (newParent != null
        && (newParent == this
            || (id != null && id.equals(newParent.getId()))
            || newParent.getParent() != null)) {
      throw new IllegalArgumentException(
          "a project belongs to a firm that is not itself a project");
    }
    this.parent = newParent;
  }

  /** How often the firm expects a visit; the next due day moves with it. */
  public void expectVisitsEvery(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("the visit interval must be at least one day");
    }
    this.visitIntervalDays = days;
    scheduleNextVisit();
  }

  /**
   * Gives the firm to an officer from the given moment. A firm never visited is due one cadence
   * after its officer took it over, so a new assignment is not overdue on its first day.
   */
  public void assignOfficer(long newOfficerId, LocalDateTime since) {
    this.officerId = newOfficerId;
    this.officerSince = Objects.requireNonNull(since, "since");
    scheduleNextVisit();
  }

  /**
   * A visit was held on the given day; an earlier visit logged late does not move the date back.
   */
  public void visitedOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    if (lastVisitOn == null || day.isAfter(lastVisitOn)) {
      lastVisitOn = day;
      scheduleNextVisit();
    }
  }

  /** Whether the next visit is overdue on the given day. */
  public boolean isVisitOverdue(LocalDate today) {
    return nextVisitDue.isBefore(today);
  }

  private void scheduleNextVisit() {
    LocalDate from =
        lastVisitOn != null
            ? lastVisitOn
            : (officerSince != null ? officerSince : createdAt).toLocalDate();
    nextVisitDue = from.plusDays(visitIntervalDays);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getIndustryCode() {
    return industryCode;
  }

  public FirmSize getSize() {
    return size;
  }

  public long getDistrictId() {
    return districtId;
  }

  public String getAddress() {
    return address;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public boolean isKeyProject() {
    return keyProject;
  }

  public Set<String> getTags() {
    return new TreeSet<>(tags);
  }

  public Firm getParent() {
    return parent;
  }

  public int getVisitIntervalDays() {
    return visitIntervalDays;
  }

  public Long getOfficerId() {
    return officerId;
  }

  public LocalDateTime getOfficerSince() {
    return officerSince;
  }

  public LocalDate getLastVisitOn() {
    return lastVisitOn;
  }

  public LocalDate getNextVisitDue() {
    return nextVisitDue;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
