package cn.gov.bizenv.casetracking.domain.model.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A time limit counted in working days (办理时限), such as "reply within 5 working days", with the
 * pauses and approved extensions that move it.
 *
 * <p>The rules, all at whole-day granularity in Beijing local time:
 *
 * <ul>
 *   <li>The receipt day is never counted and the time of receipt does not matter. Day 1 is the
 *       first working day after the receipt date, so a case received on a Saturday, a holiday or
 *       Friday at 23:00 all start on the next working day.
 *   <li>The case is due at the very end ({@link #END_OF_DAY}) of the last allowed working day.
 *   <li>An approved extension adds working days to the limit ({@link #extendBy}).
 *   <li>A working day lying wholly inside a {@link PausedPeriod} is not counted, so each such day
 *       before the due date pushes it one working day later. A pause that begins only after the due
 *       date has passed cannot bring the case back into time.
 *   <li>A day is "used" as soon as it begins: on the due date the whole limit is used and no days
 *       are left, yet the case is still in time until midnight.
 * </ul>
 *
 * <p>Instances are immutable; {@link #extendBy} and {@link #pausedFor} return new deadlines.
 */
public final class WorkingDayDeadline {
  /**
   * The last moment of a day, to the second as the portal's clock counts. Not {@link
   * LocalTime#MAX}: a TIMESTAMP column keeps microseconds at most and rounds 23:59:59.999999999 up
   * to the next midnight, which moved every stored deadline to the following day.
   */
  public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final WorkingDayCalendar calendar;
  private final LocalDateTime receivedAt;
  private final int limitWorkingDays;
  private final int extensionWorkingDays;
  private final List<PausedPeriod> pauses;
  private final LocalDate dueDate;

  /**
   * A deadline {@code limitWorkingDays} working days after receipt, stopped during {@code pauses}.
   *
   * @throws IllegalArgumentException if the limit is not positive or a pause starts before receipt
   */
  public WorkingDayDeadline(
      WorkingDayCalendar calendar,
      LocalDateTime receivedAt,
      int limitWorkingDays,
      List<PausedPeriod> pauses) {
    this(calendar, receivedAt, limitWorkingDays, 0, pauses);
  }

  private WorkingDayDeadline(
      WorkingDayCalendar calendar,
      LocalDateTime receivedAt,
      int limitWorkingDays,
      int extensionWorkingDays,
      List<PausedPeriod> pauses) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    if (limitWorkingDays < 1) {
      throw new IllegalArgumentException(
          "a time limit must be at least one working day: " + limitWorkingDays);
    }
    this.limitWorkingDays = limitWorkingDays;
    this.extensionWorkingDays = extensionWorkingDays;
    this.pauses = List.copyOf(pauses);
    for (PausedPeriod pause : this.pauses) {
      // A pause before receipt means the dates were mixed up, not that the case has spare time.
      if (pause.start().isBefore(receivedAt)) {
        throw new IllegalArgumentException(
            "pause starting " + pause.start() + " precedes receipt at " + receivedAt);
      }
    }
    this.dueDate = findDueDate();
  }

  /** A deadline with no pauses yet. */
  public static WorkingDayDeadline start(
      WorkingDayCalendar calendar, LocalDateTime receivedAt, int limitWorkingDays) {
    return new WorkingDayDeadline(calendar, receivedAt, limitWorkingDays, List.of());
  }

  /**
   * This deadline moved later by an approved extension of {@code workingDays} working days.
   *
   * @throws IllegalArgumentException if {@code workingDays} is not positive
   */
  public WorkingDayDeadline extendBy(int workingDays) {
    if (workingDays < 1) {
      throw new IllegalArgumentException(
          "an extension must be at least one working day: " + workingDays);
    }
    return new WorkingDayDeadline(
        calendar,
        receivedAt,
        limitWorkingDays,
        Math.addExact(extensionWorkingDays, workingDays),
        pauses);
  }

  /** This deadline with the clock also stopped during {@code pause}. */
  public WorkingDayDeadline pausedFor(PausedPeriod pause) {
    List<PausedPeriod> more = new ArrayList<>(pauses);
    more.add(Objects.requireNonNull(pause, "pause"));
    return new WorkingDayDeadline(
        calendar, receivedAt, limitWorkingDays, extensionWorkingDays, more);
  }

  /** The last working day on which the case is still in time. */
  public LocalDate dueDate() {
    return dueDate;
  }

  /** The last moment the case is in time: the end of {@link #dueDate()}. */
  public LocalDateTime dueAt() {
    return dueDate.atTime(END_OF_DAY);
  }

  /** The limit plus every extension granted: the working days the case may use in all. */
  public int allowedWorkingDays() {
    return limitWorkingDays + extensionWorkingDays;
  }

  /** Whether {@code now} is past the due moment. */
  public boolean isOverdueAt(LocalDateTime now) {
    return now.isAfter(dueAt());
  }

  /**
   * Working days used from receipt up to and including {@code today}, leaving out days off and
   * paused days; days after the due date keep counting.
   *
   * @throws IllegalArgumentException if {@code today} is before the receipt date
   */
  public int workingDaysUsed(LocalDate today) {
    LocalDate receiptDate = receivedAt.toLocalDate();
    if (today.isBefore(receiptDate)) {
      throw new IllegalArgumentException(today + " is before receipt on " + receiptDate);
    }
    int used = 0;
    for (LocalDate day = receiptDate.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
      if (counts(day)) {
        used++;
      }
    }
    return used;
  }

  /**
   * The share of the allowed working days used by {@code now}, counted in whole days (today counts
   * as used once it begins): 0.0 on the receipt day, 1.0 on the due date, above 1.0 once overdue.
   * It stays put while the clock is paused.
   *
   * @throws IllegalArgumentException if {@code now} is before receipt
   */
  public double shareUsed(LocalDateTime now) {
    if (now.isBefore(receivedAt)) {
      throw new IllegalArgumentException(now + " is before receipt at " + receivedAt);
    }
    return (double) workingDaysUsed(now.toLocalDate()) / allowedWorkingDays();
  }

  /**
   * Working days still to come after {@code today} before the case is due; 0 on the due date and
   * after.
   */
  public int workingDaysLeft(LocalDate today) {
    return Math.max(0, allowedWorkingDays() - workingDaysUsed(today));
  }

  /**
   * Working days used beyond the limit by {@code today}; 0 if the case is in time. A weekend right
   * after the due date reads 0 although {@link #isOverdueAt} is already true, as no working day has
   * yet been lost.
   */
  public long workingDaysOverdue(LocalDate today) {
    return Math.max(0, workingDaysUsed(today) - allowedWorkingDays());
  }

  /**
   * Years between receipt and the due date for which the calendar has no arrangement and guessed
   * plain weekends; a non-empty answer means the due date may change once the notice is entered.
   */
  public Set<Integer> yearsFallingBackToWeekends() {
    return calendar.yearsFallingBackToWeekends(receivedAt.toLocalDate(), dueDate);
  }

  public LocalDateTime receivedAt() {
    return receivedAt;
  }

  public int limitWorkingDays() {
    return limitWorkingDays;
  }

  public int extensionWorkingDays() {
    return extensionWorkingDays;
  }

  public List<PausedPeriod> pauses() {
    return pauses;
  }

  private LocalDate findDueDate() {
    LocalDate day = receivedAt.toLocalDate();
    for (int counted = 0; counted < allowedWorkingDays(); ) {
      day = day.plusDays(1);
      if (counts(day)) {
        counted++;
      }
    }
    return day;
  }

  private boolean counts(LocalDate day) {
    if (!calendar.isWorkingDay(day)) {
      return false;
    }
    for (PausedPeriod pause : pauses) {
      if (pause.coversWholeDay(day)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkingDayDeadline that
        && calendar.equals(that.calendar)
        && receivedAt.equals(that.receivedAt)
        && limitWorkingDays == that.limitWorkingDays
        && extensionWorkingDays == that.extensionWorkingDays
        && pauses.equals(that.pauses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(calendar, receivedAt, limitWorkingDays, extensionWorkingDays, pauses);
  }

  @Override
  public String toString() {
    return "WorkingDayDeadline[received "
        + receivedAt
        + ", "
        + allowedWorkingDays()
        + " working days, due "
        + dueDate
        + "]";
  }
}
