package cn.gov.bizenv.casetracking.domain.model.task;

import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The reporting calendar of one task: which periods it reports for, from the period its work starts
 * in to the one holding its deadline, and when each report is due on the working-day calendar (a
 * due day never falls on a day off, make-up workdays count).
 */
public final class ReportSchedule {
  private final ReportingCadence cadence;
  private final LocalDate startedOn;
  private final LocalDate deadline;
  private final List<LocalDate> milestoneDates;
  private final WorkingDayCalendar calendar;

  /**
   * @param milestoneDates the milestones' dates in their order, used by {@code AT_MILESTONE}
   */
  public ReportSchedule(
      ReportingCadence cadence,
      LocalDate startedOn,
      LocalDate deadline,
      List<LocalDate> milestoneDates,
      WorkingDayCalendar calendar) {
    this.cadence = Objects.requireNonNull(cadence, "cadence");
    this.startedOn = Objects.requireNonNull(startedOn, "startedOn");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    this.milestoneDates = List.copyOf(milestoneDates);
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /** Every period of the task, in order. */
  public List<ReportPeriod> periods() {
    List<ReportPeriod> periods = new ArrayList<>();
    if (cadence == ReportingCadence.AT_MILESTONE) {
      LocalDate previous = startedOn;
      for (int i = 0; i < milestoneDates.size(); i++) {
        LocalDate date = milestoneDates.get(i);
        LocalDate start = date.isBefore(previous) ? date : previous;
        periods.add(new ReportPeriod("M" + (i + 1), start, date, dueAfter(date)));
        previous = date.plusDays(1);
      }
      return periods;
    }
    LocalDate last = deadline.isBefore(startedOn) ? startedOn : deadline;
    for (LocalDate day = startOf(startedOn); !day.isAfter(last); day = endOf(day).plusDays(1)) {
      periods.add(periodStarting(day));
    }
    return periods;
  }

  /**
   * The period holding {@code date} (for {@code AT_MILESTONE}: the first milestone not before it).
   */
  public Optional<ReportPeriod> periodOf(LocalDate date) {
    return periods().stream().filter(period -> !period.end().isBefore(date)).findFirst();
  }

  /**
   * The periods whose report is late on {@code today}: due before it and not among {@code filed}.
   */
  public List<ReportPeriod> lateOn(LocalDate today, Collection<String> filed) {
    return periods().stream()
        .filter(period -> period.isLateOn(today) && !filed.contains(period.key()))
        .toList();
  }

  /** The first period not yet reported whose work has begun by {@code today}, if any. */
  public Optional<ReportPeriod> nextToReport(LocalDate today, Collection<String> filed) {
    return periods().stream()
        .filter(period -> !filed.contains(period.key()) && !period.start().isAfter(today))
        .findFirst();
  }

  private ReportPeriod periodStarting(LocalDate start) {
    LocalDate end = endOf(start);
    return new ReportPeriod(keyOf(start), start, end, dueAfter(end));
  }

  private LocalDate dueAfter(LocalDate end) {
    return calendar.addWorkingDays(end, cadence.graceWorkingDays());
  }

  private LocalDate startOf(LocalDate date) {
    return switch (cadence) {
      case WEEKLY -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTHLY -> date.withDayOfMonth(1);
      case QUARTERLY -> date.withMonth(((date.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
      case AT_MILESTONE -> throw new IllegalStateException("milestones have no calendar periods");
    };
  }

  private LocalDate endOf(LocalDate start) {
    return switch (cadence) {
      case WEEKLY -> start.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
      case MONTHLY -> start.with(TemporalAdjusters.lastDayOfMonth());
      case QUARTERLY -> startOf(start).plusMonths(3).minusDays(1);
      case AT_MILESTONE -> throw new IllegalStateException("milestones have no calendar periods");
    };
  }

  private String keyOf(LocalDate start) {
    return switch (cadence) {
      case WEEKLY ->
          String.format(
              "%d-W%02d",
              start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTHLY -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
      case QUARTERLY ->
          String.format("%d-Q%d", start.getYear(), start.get(IsoFields.QUARTER_OF_YEAR));
      case AT_MILESTONE -> throw new IllegalStateException("milestones have no calendar periods");
    };
  }
}
