package cn.gov.bizenv.chiefservice.domain.model.policy;

import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A business-support policy (惠企政策) in the library: who issued it, when it applies, what it says,
 * and which firms it is for. Whether it needs an application (免申即享 or not) decides the steps of its
 * delivery. Districts in its target are case-tracking unit ids.
 */
@Entity
@Table(name = "policy")
public class Policy {
  public static final int TITLE_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_seq")
  @SequenceGenerator(name = "policy_seq", sequenceName = "policy_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(nullable = false, length = 100)
  private String issuer;

  @Column(name = "document_number", length = 100)
  private String documentNumber;

  @Column(name = "effective_on", nullable = false)
  private LocalDate effectiveOn;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Column(name = "application_deadline")
  private LocalDate applicationDeadline;

  @Column(length = 2000)
  private String summary;

  @Column(name = "full_text", length = 50000)
  private String fullText;

  @Column(name = "application_free", nullable = false)
  private boolean applicationFree;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "policy_industry", joinColumns = @JoinColumn(name = "policy_id"))
  @Column(name = "industry_code", nullable = false, length = 10)
  private Set<String> industries = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "policy_size", joinColumns = @JoinColumn(name = "policy_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "size", nullable = false, length = 10)
  private Set<FirmSize> sizes = EnumSet.noneOf(FirmSize.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "policy_district", joinColumns = @JoinColumn(name = "policy_id"))
  @Column(name = "district_id", nullable = false)
  private Set<Long> districts = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "policy_tag", joinColumns = @JoinColumn(name = "policy_id"))
  @Column(name = "tag", nullable = false, length = 30)
  private Set<String> tags = new TreeSet<>();

  @Column(name = "key_projects_only", nullable = false)
  private boolean keyProjectsOnly;

  @Column(name = "pushed_at")
  private LocalDateTime pushedAt;

  @Column(name = "pushed_by", length = 50)
  private String pushedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected Policy() {}

  public Policy(
      String title,
      String issuer,
      LocalDate effectiveOn,
      boolean applicationFree,
      LocalDateTime createdAt) {
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    describe(title, issuer, null, null, null);
    schedule(effectiveOn, null, null);
    this.applicationFree = applicationFree;
  }

  public void describe(
      String title, String issuer, String documentNumber, String summary, String fullText) {
    if (title == null || title.isBlank() || issuer == null || issuer.isBlank()) {
      throw new IllegalArgumentException("a policy needs a title and an issuer");
    }
    this.title = title.strip();
    this.issuer = issuer.strip();
    this.documentNumber = blankToNull(documentNumber);
    this.summary = blankToNull(summary);
    this.fullText = blankToNull(fullText);
  }

  /** Sets the policy's dates; see {@link #datesProblem} for the rule. */
  public void schedule(LocalDate effective, LocalDate expires, LocalDate deadline) {
    datesProblem(effective, expires, deadline)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem.messageKey());
            });
    this.effectiveOn = effective;
    this.expiresOn = expires;
    this.applicationDeadline = deadline;
  }

  /**
   * What is wrong with a policy's dates, if anything: it must take effect on a day, cannot expire
   * before it does, and applications cannot close before it takes effect or after it expires.
   */
  public static Optional<FieldViolation> datesProblem(
      LocalDate effective, LocalDate expires, LocalDate deadline) {
    if (effective == null) {
      return Optional.of(
          new FieldViolation("effectiveOn", "policy.effectiveOn.required", Map.of()));
    }
    if (expires != null && expires.isBefore(effective)) {
      return Optional.of(
          new FieldViolation("expiresOn", "policy.expiresOn.beforeEffective", Map.of()));
    }
    if (deadline != null
        && (deadline.isBefore(effective) || (expires != null && deadline.isAfter(expires)))) {
      return Optional.of(
          new FieldViolation(
              "applicationDeadline", "policy.applicationDeadline.outside", Map.of()));
    }
    return Optional.empty();
  }

  public void makeApplicationFree(boolean free) {
    this.applicationFree = free;
  }

  /** Replaces the target rule. */
  public void retarget(
      Collection<String> industryCodes,
      Collection<FirmSize> firmSizes,
      Collection<Long> districtIds,
      Collection<String> targetTags,
      boolean keyProjects) {
    industries.clear();
    sizes.clear();
    districts.clear();
    tags.clear();
    if (industryCodes != null) {
      industryCodes.stream().filter(Objects::nonNull).map(String::strip).forEach(industries::add);
    }
    if (firmSizes != null) {
      firmSizes.stream().filter(Objects::nonNull).forEach(sizes::add);
    }
    if (districtIds != null) {
      districtIds.stream().filter(Objects::nonNull).forEach(districts::add);
    }
    if (targetTags != null) {
      targetTags.stream()
          .filter(Objects::nonNull)
          .map(String::strip)
          .filter(t -> !t.isEmpty())
          .forEach(tags::add);
    }
    keyProjectsOnly = keyProjects;
  }

  /** The target as the matcher reads it; districts become their ids' decimal strings. */
  public PolicyTarget target() {
    return new PolicyTarget(
        industries,
        sizes,
        districts.stream().map(String::valueOf).collect(Collectors.toSet()),
        tags,
        keyProjectsOnly);
  }

  /** Whether the policy is in force on the given day. */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(effectiveOn) && (expiresOn == null || !day.isAfter(expiresOn));
  }

  /** Records a push; a policy may be pushed again to reach firms that match it since. */
  public void pushed(String by, LocalDateTime at) {
    pushedBy = Objects.requireNonNull(by, "by");
    pushedAt = Objects.requireNonNull(at, "at");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getIssuer() {
    return issuer;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public LocalDate getApplicationDeadline() {
    return applicationDeadline;
  }

  public String getSummary() {
    return summary;
  }

  public String getFullText() {
    return fullText;
  }

  public boolean isApplicationFree() {
    return applicationFree;
  }

  public Set<String> getIndustries() {
    return new TreeSet<>(industries);
  }

  public Set<FirmSize> getSizes() {
    return sizes.isEmpty() ? EnumSet.noneOf(FirmSize.class) : EnumSet.copyOf(sizes);
  }

  public Set<Long> getDistricts() {
    return new TreeSet<>(districts);
  }

  public Set<String> getTags() {
    return new TreeSet<>(tags);
  }

  public boolean isKeyProjectsOnly() {
    return keyProjectsOnly;
  }

  public LocalDateTime getPushedAt() {
    return pushedAt;
  }

  public String getPushedBy() {
    return pushedBy;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
