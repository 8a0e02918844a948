package cn.gov.bizenv.casetracking.domain.model.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The period [from, to] (whole days), optionally a district (concerned unit) or a unit (lead unit),
 * optionally an imported batch (the batch's cases only), and the moment "now" against which overdue
 * and past-due are judged.
 */
public record FigureScope(
    LocalDate from, LocalDate to, Long districtId, Long unitId, LocalDateTime now, Long batchId) {
  public FigureScope(
      LocalDate from, LocalDate to, Long districtId, Long unitId, LocalDateTime now) {
    this(from, to, districtId, unitId, now, null);
  }

  public FigureScope {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(now, "now");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to before from");
    }
  }

  public LocalDateTime start() {
    return from.atStartOfDay();
  }

  /** The first moment after the period. */
  public LocalDateTime end() {
    return to.plusDays(1).atStartOfDay();
  }

  /** The period of the same length just before this one (for trends). */
  public FigureScope previous() {
    long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
    return new FigureScope(
        from.minusDays(days), from.minusDays(1), districtId, unitId, now, batchId);
  }
}
