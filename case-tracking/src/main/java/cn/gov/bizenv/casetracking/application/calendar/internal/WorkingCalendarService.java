package cn.gov.bizenv.casetracking.application.calendar.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.calendar.CalendarYearSummary;
import cn.gov.bizenv.casetracking.application.calendar.CalendarYearView;
import cn.gov.bizenv.casetracking.application.calendar.WorkingCalendar;
import cn.gov.bizenv.casetracking.application.calendar.WorkingDayCount;
import cn.gov.bizenv.casetracking.application.calendar.YearArrangementInput;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.calendar.ArrangementProblem;
import cn.gov.bizenv.casetracking.domain.model.calendar.CalendarYear;
import cn.gov.bizenv.casetracking.domain.model.calendar.CalendarYearRepository;
import cn.gov.bizenv.casetracking.domain.model.calendar.DayKind;
import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import cn.gov.bizenv.casetracking.domain.model.calendar.YearArrangement;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Administrators enter the yearly arrangements; everyone signed in may read them. */
@Stateless
@RolesAllowed(ADMINISTRATOR)
public class WorkingCalendarService implements WorkingCalendar {
  /** Years an administrator may enter: the portal's lifetime, not typing mistakes like 226. */
  static final int FIRST_YEAR = 2000;

  static final int LAST_YEAR = 2099;

  @Inject CalendarYearRepository years;
  @Inject WorkingDayCalendars calendars;
  @Inject InputValidation validation;
  @Inject Callers callers;
  @Inject PortalClock clock;
  @Inject Event<CalendarChanged> changes;

  @Override
  @RolesAllowed({
    ADMINISTRATOR,
    TRIAGE_OFFICER,
    UNIT_HANDLER,
    SUPERVISOR,
    CHIEF_SERVICE_OFFICER,
    LEADER
  })
  public List<CalendarYearSummary> years() {
    Map<Integer, CalendarYearSummary> byYear = new TreeMap<>();
    for (CalendarYear year : years.all()) {
      YearArrangement arrangement = year.arrangement();
      byYear.put(
          year.getYear(),
          new CalendarYearSummary(
              year.getYear(),
              true,
              arrangement.holidays().size(),
              arrangement.makeUpWorkdays().size(),
              year.getSource(),
              year.getUpdatedAt(),
              year.getUpdatedBy()));
    }
    int thisYear = clock.now().getYear();
    for (int year = thisYear; year <= thisYear + 1; year++) {
      byYear.putIfAbsent(year, new CalendarYearSummary(year, false, 0, 0, null, null, null));
    }
    return List.copyOf(byYear.values());
  }

  @Override
  @RolesAllowed({
    ADMINISTRATOR,
    TRIAGE_OFFICER,
    UNIT_HANDLER,
    SUPERVISOR,
    CHIEF_SERVICE_OFFICER,
    LEADER
  })
  public CalendarYearView year(int year) {
    requireYearInRange(year);
    return years
        .find(year)
        .map(WorkingCalendarService::view)
        .orElseGet(
            () -> new CalendarYearView(year, false, List.of(), List.of(), null, null, null, null));
  }

  @Override
  public CalendarYearView save(int year, YearArrangementInput input) {
    requireYearInRange(year);
    validation.check(input);
    List<LocalDate> makeUpWorkdays =
        input.makeUpWorkdays() == null ? List.of() : input.makeUpWorkdays();
    requireNoMissingDates(input.holidays(), makeUpWorkdays);
    List<ArrangementProblem> problems =
        YearArrangement.problemsWith(year, input.holidays(), makeUpWorkdays);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.stream().map(this::violation).toList());
    }
    YearArrangement arrangement =
        YearArrangement.of(year, input.holidays(), makeUpWorkdays, input.source());

    String editor = callers.current().username();
    Optional<CalendarYear> existing = years.find(year);
    CalendarYear saved;
    if (existing.isPresent()) {
      saved = existing.get();
      if (input.version() == null || saved.getVersion() != input.version()) {
        throw ConflictException.staleVersion();
      }
      saved.replaceWith(arrangement, editor, clock.now());
      years.saveChanges(saved);
    } else {
      if (input.version() != null) {
        // The caller read a version that no longer exists; let them reload rather than guess.
        throw ConflictException.staleVersion();
      }
      saved = new CalendarYear(arrangement, editor, clock.now());
      years.add(saved);
    }
    changes.fire(new CalendarChanged(year));
    return view(saved);
  }

  @Override
  @RolesAllowed({
    ADMINISTRATOR,
    TRIAGE_OFFICER,
    UNIT_HANDLER,
    SUPERVISOR,
    CHIEF_SERVICE_OFFICER,
    LEADER
  })
  public WorkingDayCount workingDays(LocalDate from, LocalDate to) {
    List<FieldViolation> missing = new ArrayList<>();
    if (from == null) {
      missing.add(new FieldViolation("from", "param.required", Map.of()));
    }
    if (to == null) {
      missing.add(new FieldViolation("to", "param.required", Map.of()));
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(missing);
    }
    requireYearInRange(from.getYear(), "from");
    requireYearInRange(to.getYear(), "to");
    WorkingDayCalendar calendar = calendars.current();
    LocalDate first = from.isAfter(to) ? to : from;
    LocalDate last = from.isAfter(to) ? from : to;
    return new WorkingDayCount(
        from,
        to,
        calendar.workingDaysBetween(from, to),
        List.copyOf(calendar.yearsFallingBackToWeekends(first, last)));
  }

  private FieldViolation violation(ArrangementProblem problem) {
    String field = problem.listedAs() == DayKind.HOLIDAY ? "holidays" : "makeUpWorkdays";
    String key =
        switch (problem.reason()) {
          case OUTSIDE_YEAR -> "calendar.date.outsideYear";
          case NOT_A_WEEKEND_DAY -> "calendar.makeUp.notWeekend";
          case ALSO_A_HOLIDAY -> "calendar.makeUp.alsoHoliday";
        };
    return new FieldViolation(
        field, key, Map.of("date", problem.date().toString(), "year", problem.year()));
  }

  private static void requireNoMissingDates(List<LocalDate> holidays, List<LocalDate> makeUps) {
    if (holidays.stream().anyMatch(Objects::isNull)) {
      throw InvalidInputException.of("holidays", "calendar.date.missing");
    }
    if (makeUps.stream().anyMatch(Objects::isNull)) {
      throw InvalidInputException.of("makeUpWorkdays", "calendar.date.missing");
    }
  }

  private static void requireYearInRange(int year) {
    requireYearInRange(year, "year");
  }

  private static void requireYearInRange(int year, String field) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidInputException(
          List.of(
              new FieldViolation(
                  field, "calendar.year.range", Map.of("min", FIRST_YEAR, "max", LAST_YEAR))));
    }
  }

  static CalendarYearView view(CalendarYear year) {
    YearArrangement arrangement = year.arrangement();
    return new CalendarYearView(
        year.getYear(),
        true,
        List.copyOf(arrangement.holidays()),
        List.copyOf(arrangement.makeUpWorkdays()),
        year.getSource(),
        year.getUpdatedAt(),
        year.getUpdatedBy(),
        year.getVersion());
  }

  @Override
  @PermitAll
  public LocalDate addWorkingDays(LocalDate from, int days) {
    return calendars.current().addWorkingDays(from, days);
  }
}
