package cn.gov.bizenv.casetracking.domain.model.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A stretch of time when a case's deadline clock is stopped (e.g. 等待诉求人补充材料), in Beijing local
 * time, from {@code start} inclusive to {@code end} exclusive.
 *
 * <p>The clock counts whole days, so only days lying entirely inside the period are taken off; a
 * pause from Monday 10:00 to Wednesday 15:00 stops the clock for Tuesday alone. A pause still going
 * on is passed with {@code end} set to the current moment (or the expected resumption).
 */
public record PausedPeriod(LocalDateTime start, LocalDateTime end) {

  public PausedPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "pause ends (" + end + ") before it starts (" + start + ")");
    }
  }

  /** A pause covering the days from {@code first} to {@code last}, both whole and inclusive. */
  public static PausedPeriod wholeDays(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    return new PausedPeriod(first.atStartOfDay(), last.plusDays(1).atStartOfDay());
  }

  /** Whether all of {@code day}, midnight to midnight, lies within the pause. */
  public boolean coversWholeDay(LocalDate day) {
    return !day.atStartOfDay().isBefore(start) && !day.plusDays(1).atStartOfDay().isAfter(end);
  }
}
