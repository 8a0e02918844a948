package cn.gov.bizenv.chiefservice.infrastructure.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A period cut into the coverage tally's grains: its whole calendar months read one row per month
 * ('M', keyed by the month's first day), the days before the first and after the last whole month
 * one row per day ('D'). A period without a whole month is read by day.
 */
record TallySpans(List<Span> spans) {
  /** Rows of one grain keyed from first to last. */
  record Span(char grain, LocalDate first, LocalDate last) {}

  static TallySpans of(LocalDate from, LocalDate to) {
    LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
    LocalDate afterLastMonth = to.plusDays(1).withDayOfMonth(1);
    List<Span> spans = new ArrayList<>();
    if (!firstMonth.isBefore(afterLastMonth)) {
      spans.add(new Span('D', from, to));
      return new TallySpans(spans);
    }
    if (from.isBefore(firstMonth)) {
      spans.add(new Span('D', from, firstMonth.minusDays(1)));
    }
    spans.add(new Span('M', firstMonth, afterLastMonth.minusMonths(1)));
    if (!to.isBefore(afterLastMonth)) {
      spans.add(new Span('D', afterLastMonth, to));
    }
    return new TallySpans(spans);
  }

  /**
   * The SQL condition on grain and day, its bound values numbered from {@code first} in the order
   * of {@link #values}.
   */
  String condition(int first) {
    List<String> parts = new ArrayList<>();
    int next = first;
    for (Span span : spans) {
      parts.add(
          "(grain = '" + span.grain() + "' AND day >= ?" + next++ + " AND day <= ?" + next++ + ")");
    }
    return "(" + String.join(" OR ", parts) + ")";
  }

  /** The bound values of {@link #condition}, in order. */
  List<LocalDate> values() {
    List<LocalDate> values = new ArrayList<>();
    for (Span span : spans) {
      values.add(span.first());
      values.add(span.last());
    }
    return values;
  }
}
