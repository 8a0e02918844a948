package cn.gov.bizenv.casetracking.domain.model.report;

import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The arithmetic on top of the aggregate counts; pure, so that its definitions are unit-tested. */
public final class ReportFormulas {
  private ReportFormulas() {}

  /** A share in percent with one decimal, or null when the base is empty (shown as "—"). */
  public static Double percent(long part, long base) {
    if (base <= 0) {
      return null;
    }
    return Math.round(part * 1000.0 / base) / 10.0;
  }

  /**
   * The average handling time in working days. A case's handling time is the number of working days
   * after its dispatch day up to and including its reply day ({@link
   * WorkingDayCalendar#workingDaysBetween}): dispatched and replied on the same day is 0,
   * dispatched on a Friday and replied on the next Monday is 1. The sum over all cases equals Σ
   * W(reply day) − Σ W(dispatch day) for any running count W of working days, so the database
   * returns only the number of cases per dispatch day and per reply day, and this loop walks the
   * days between the earliest and the latest of them once. Rounded to one decimal; null without
   * cases.
   */
  public static Double averageWorkingDays(
      WorkingDayCalendar calendar,
      Collection<DayCount> dispatchDays,
      Collection<DayCount> replyDays) {
    long cases = replyDays.stream().mapToLong(DayCount::count).sum();
    if (cases == 0) {
      return null;
    }
    TreeMap<LocalDate, Long> weights = new TreeMap<>();
    dispatchDays.forEach(d -> weights.merge(d.day(), -d.count(), Long::sum));
    replyDays.forEach(d -> weights.merge(d.day(), d.count(), Long::sum));
    long total = 0;
    long running = 0; // working days after the first day up to the current one
    LocalDate day = weights.firstKey();
    LocalDate last = weights.lastKey();
    while (!day.isAfter(last)) {
      if (day.isAfter(weights.firstKey()) && calendar.isWorkingDay(day)) {
        running++;
      }
      Long weight = weights.get(day);
      if (weight != null) {
        total += weight * running;
      }
      day = day.plusDays(1);
    }
    return Math.round(total * 10.0 / cases) / 10.0;
  }

  /** Received and closed per bucket, every bucket of the period present (zeros included). */
  public static List<SeriesPoint> series(
      LocalDate from,
      LocalDate to,
      Granularity granularity,
      Collection<DayCount> received,
      Collection<DayCount> closed) {
    Map<LocalDate, long[]> buckets = new TreeMap<>();
    for (LocalDate d = granularity.bucketOf(from); !d.isAfter(to); d = next(d, granularity)) {
      buckets.put(d, new long[2]);
    }
    received.forEach(
        c ->
            buckets.computeIfAbsent(granularity.bucketOf(c.day()), k -> new long[2])[0] +=
                c.count());
    closed.forEach(
        c ->
            buckets.computeIfAbsent(granularity.bucketOf(c.day()), k -> new long[2])[1] +=
                c.count());
    List<SeriesPoint> points = new ArrayList<>();
    buckets.forEach((start, counts) -> points.add(new SeriesPoint(start, counts[0], counts[1])));
    return points;
  }

  private static LocalDate next(LocalDate bucket, Granularity granularity) {
    return switch (granularity) {
      case DAY -> bucket.plusDays(1);
      case WEEK -> bucket.plusWeeks(1);
      case MONTH -> bucket.plusMonths(1);
    };
  }
}
