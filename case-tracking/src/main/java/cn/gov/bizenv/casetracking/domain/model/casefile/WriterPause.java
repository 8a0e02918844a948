package cn.gov.bizenv.casetracking.domain.model.casefile;

import cn.gov.bizenv.casetracking.domain.model.calendar.PausedPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One finished wait for the writer's supplement (等待补充材料): from the moment the case was marked
 * waiting to the moment it was resumed. The working days lying wholly inside it do not count.
 */
@Embeddable
public class WriterPause {
  @Column(name = "started_at", nullable = false)
  private LocalDateTime startedAt;

  @Column(name = "ended_at", nullable = false)
  private LocalDateTime endedAt;

  protected WriterPause() {}

  WriterPause(LocalDateTime startedAt, LocalDateTime endedAt) {
    this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    this.endedAt = Objects.requireNonNull(endedAt, "endedAt");
    if (!endedAt.isAfter(startedAt)) {
      throw new IllegalArgumentException("a pause ends after it starts");
    }
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public LocalDateTime getEndedAt() {
    return endedAt;
  }

  public PausedPeriod period() {
    return new PausedPeriod(startedAt, endedAt);
  }
}
