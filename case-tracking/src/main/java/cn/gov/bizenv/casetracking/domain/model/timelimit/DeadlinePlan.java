package cn.gov.bizenv.casetracking.domain.model.timelimit;

import cn.gov.bizenv.casetracking.domain.model.calendar.PausedPeriod;
import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayDeadline;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The dates a rule's {@link TimeLimitTerms} set for one case, on the working-day calendar.
 *
 * <p>The rules, at whole-day granularity in Beijing local time, as for {@link WorkingDayDeadline}:
 *
 * <ul>
 *   <li>Sign-off is due the given number of working days after dispatch (after receipt when the
 *       case is not dispatched yet); pauses do not apply to it.
 *   <li>The reply and the outer limit count from receipt. A limit in working days is a {@link
 *       WorkingDayDeadline}. A limit in calendar months falls on the same day of the month that
 *       many months after the receipt date (the month's last day when it is shorter, e.g. 31
 *       January + 1 month = 28 February); if that is not a working day, on the next working day.
 *       Each working day wholly inside a pause before that date moves it one working day later.
 *   <li>An approved extension is counted in the reply limit's unit and moves the reply deadline
 *       only, never past the outer limit.
 *   <li>Warnings fall on the working day by which the share of the reply's allowed working days is
 *       used; the overdue ladder's steps on the n-th working day after the reply deadline. Paused
 *       days do not count for either.
 *   <li>Every deadline is due at the very end of its day.
 * </ul>
 */
public final class DeadlinePlan {

  /** The day a warning share of the reply time is reached. */
  public record Warning(int percent, LocalDate date) {}

  /** The day a step of the overdue ladder is due if the case has not been answered. */
  public record LadderDate(OverdueStep step, int workingDaysOverdue, LocalDate date) {}

  private final WorkingDayCalendar calendar;
  private final LocalDateTime receivedAt;
  private final List<PausedPeriod> pauses;
  private final LocalDateTime signOffDue;
  private final LocalDateTime replyDue;
  private final LocalDateTime totalDue;
  private final List<Warning> warnings;
  private final List<LadderDate> ladder;
  private final Set<Integer> yearsFallingBackToWeekends;

  /**
   * Plans the deadlines of a case received at {@code receivedAt}.
   *
   * @param dispatchedAt when the case was dispatched to its unit, or null if not yet
   * @param extension approved extensions in all, in the unit of the reply limit; 0 if none
   * @throws IllegalArgumentException if dispatch or a pause precedes receipt, or the extension is
   *     negative
   * @throws RuleViolationException {@code deadline.extension.beyondTotal} if the extension carries
   *     the reply past the outer limit
   */
  public DeadlinePlan(
      WorkingDayCalendar calendar,
      TimeLimitTerms terms,
      LocalDateTime receivedAt,
      LocalDateTime dispatchedAt,
      List<PausedPeriod> pauses,
      int extension) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(terms, "terms");
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    this.pauses = List.copyOf(pauses);
    for (PausedPeriod pause : this.pauses) {
      if (pause.start().isBefore(receivedAt)) {
        throw new IllegalArgumentException(
            "pause starting " + pause.start() + " precedes receipt at " + receivedAt);
      }
    }
    LocalDateTime clockStart = dispatchedAt == null ? receivedAt : dispatchedAt;
    if (clockStart.isBefore(receivedAt)) {
      throw new IllegalArgumentException(
          "dispatch at " + dispatchedAt + " precedes receipt at " + receivedAt);
    }
    if (extension < 0) {
      throw new IllegalArgumentException("an extension cannot be negative: " + extension);
    }

    LocalDate signOffDate =
        WorkingDayDeadline.start(calendar, clockStart, terms.signOffWorkingDays()).dueDate();
    LocalDate replyDate = dueDate(terms.reply(), extension);
    LocalDate totalDate = dueDate(terms.total(), 0);
    if (replyDate.isAfter(totalDate)) {
      throw new RuleViolationException(
          "deadline.extension.beyondTotal", replyDate.toString(), totalDate.toString());
    }
    this.signOffDue = endOf(signOffDate);
    this.replyDue = endOf(replyDate);
    this.totalDue = endOf(totalDate);
    this.warnings = warningDates(terms.warnings(), replyDate);
    this.ladder = ladderDates(terms.ladder(), replyDate);

    LocalDate last = ladder.get(ladder.size() - 1).date();
    for (LocalDate date : List.of(signOffDate, totalDate)) {
      last = date.isAfter(last) ? date : last;
    }
    this.yearsFallingBackToWeekends =
        calendar.yearsFallingBackToWeekends(receivedAt.toLocalDate(), last);
  }

  private LocalDate dueDate(TimeLimit limit, int extension) {
    int amount = Math.addExact(limit.amount(), extension);
    return switch (limit.unit()) {
      case WORKING_DAYS -> new WorkingDayDeadline(calendar, receivedAt, amount, pauses).dueDate();
      case CALENDAR_MONTHS -> monthsAfterReceipt(amount);
    };
  }

  private LocalDate monthsAfterReceipt(int months) {
    LocalDate receipt = receivedAt.toLocalDate();
    LocalDate due = receipt.plusMonths(months);
    while (!calendar.isWorkingDay(due)) {
      due = due.plusDays(1);
    }
    int pausedWorkingDays = 0;
    for (LocalDate day = receipt.plusDays(1); !day.isAfter(due); day = day.plusDays(1)) {
      if (calendar.isWorkingDay(day) && isPaused(day)) {
        pausedWorkingDays++;
      }
    }
    return countingDayAfter(due, pausedWorkingDays);
  }

  private List<Warning> warningDates(WarningShares shares, LocalDate replyDate) {
    LocalDate receipt = receivedAt.toLocalDate();
    int allowed = 0;
    for (LocalDate day = receipt.plusDays(1); !day.isAfter(replyDate); day = day.plusDays(1)) {
      if (counts(day)) {
        allowed++;
      }
    }
    List<Warning> dates = new ArrayList<>();
    for (int percent : List.of(shares.firstPercent(), shares.secondPercent())) {
      // The first day on which used / allowed reaches the share; never the receipt day itself.
      int day = Math.max(1, (percent * allowed + 99) / 100);
      dates.add(new Warning(percent, countingDayAfter(receipt, day)));
    }
    return Collections.unmodifiableList(dates);
  }

  private List<LadderDate> ladderDates(OverdueLadder steps, LocalDate replyDate) {
    List<LadderDate> dates = new ArrayList<>();
    for (Map.Entry<OverdueStep, Integer> step : steps.thresholds().entrySet()) {
      dates.add(
          new LadderDate(
              step.getKey(), step.getValue(), countingDayAfter(replyDate, step.getValue())));
    }
    return Collections.unmodifiableList(dates);
  }

  /** The {@code n}-th day after {@code start} that counts (working and not paused). */
  private LocalDate countingDayAfter(LocalDate start, int n) {
    LocalDate day = start;
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(1);
      if (counts(day)) {
        counted++;
      }
    }
    return day;
  }

  private boolean counts(LocalDate day) {
    return calendar.isWorkingDay(day) && !isPaused(day);
  }

  private boolean isPaused(LocalDate day) {
    return pauses.stream().anyMatch(pause -> pause.coversWholeDay(day));
  }

  private static LocalDateTime endOf(LocalDate date) {
    return date.atTime(WorkingDayDeadline.END_OF_DAY);
  }

  public LocalDateTime receivedAt() {
    return receivedAt;
  }

  /** The end of the day by which the unit must sign for the case. */
  public LocalDateTime signOffDue() {
    return signOffDue;
  }

  /** The end of the day by which the writer must be answered, extensions included. */
  public LocalDateTime replyDue() {
    return replyDue;
  }

  /** The end of the outer limit's last day, which no extension passes. */
  public LocalDateTime totalDue() {
    return totalDue;
  }

  /** The warning days, first share first. */
  public List<Warning> warnings() {
    return warnings;
  }

  /** The overdue ladder's days, in ladder order. */
  public List<LadderDate> ladder() {
    return ladder;
  }

  /**
   * Years from receipt to the last planned day without an entered arrangement, counted with plain
   * weekends: the dates may move once their notice is entered.
   */
  public Set<Integer> yearsFallingBackToWeekends() {
    return yearsFallingBackToWeekends;
  }
}
