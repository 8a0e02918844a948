package cn.gov.bizenv.casetracking.domain.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Someone who follows a case's progress without acting on it, such as the chief service officer who
 * raised a firm's request on a visit. Watchers are told of the case's milestones in their bell.
 */
@Entity
@Table(name = "case_watcher")
public class CaseWatcher {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_watcher_seq")
  @SequenceGenerator(
      name = "case_watcher_seq",
      sequenceName = "case_watcher_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private long caseId;

  @Column(nullable = false, updatable = false, length = 50)
  private String username;

  @Column(nullable = false, updatable = false)
  private LocalDateTime since;

  protected CaseWatcher() {}

  public CaseWatcher(long caseId, String username, LocalDateTime since) {
    this.caseId = caseId;
    this.username = Objects.requireNonNull(username, "username");
    this.since = Objects.requireNonNull(since, "since");
  }

  public long getCaseId() {
    return caseId;
  }

  public String getUsername() {
    return username;
  }

  public LocalDateTime getSince() {
    return since;
  }
}
