package cn.gov.bizenv.casetracking.domain.model.task;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One reporting period of a task: its key ({@code 2026-W05}, {@code 2026-03}, {@code 2026-Q1}, or
 * {@code M2} for the second milestone), its first and last day and the working day its report is
 * due by.
 */
public record ReportPeriod(String key, LocalDate start, LocalDate end, LocalDate dueOn) {
  public ReportPeriod {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(dueOn, "dueOn");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("period " + key + " ends before it starts");
    }
  }

  /** Whether the report is late on {@code today}: its due day has passed. */
  public boolean isLateOn(LocalDate today) {
    return today.isAfter(dueOn);
  }
}
