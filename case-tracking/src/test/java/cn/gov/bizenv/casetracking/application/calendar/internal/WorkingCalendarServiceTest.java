package cn.gov.bizenv.casetracking.application.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.application.calendar.CalendarYearSummary;
import cn.gov.bizenv.casetracking.application.calendar.CalendarYearView;
import cn.gov.bizenv.casetracking.application.calendar.WorkingDayCount;
import cn.gov.bizenv.casetracking.application.calendar.YearArrangementInput;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.calendar.CalendarYear;
import cn.gov.bizenv.casetracking.domain.model.calendar.CalendarYearRepository;
import cn.gov.bizenv.casetracking.domain.model.calendar.OfficialArrangements;
import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import jakarta.validation.Validation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading and validating arrangements; saving is covered end to end by CalendarIT. */
class WorkingCalendarServiceTest {
  WorkingCalendarService service;
  List<CalendarYear> stored = new ArrayList<>();

  @BeforeEach
  void service() {
    for (var arrangement : OfficialArrangements.shipped()) {
      stored.add(new CalendarYear(arrangement, "seed", LocalDateTime.of(2025, 11, 4, 0, 0)));
    }
    service = new WorkingCalendarService();
    service.years =
        new CalendarYearRepository() {
          @Override
          public Optional<CalendarYear> find(int year) {
            return stored.stream().filter(y -> y.getYear() == year).findFirst();
          }

          @Override
          public List<CalendarYear> all() {
            return stored;
          }

          @Override
          public void add(CalendarYear year) {
            throw new AssertionError("nothing may be stored");
          }

          @Override
          public void saveChanges(CalendarYear year) {
            throw new AssertionError("nothing may be stored");
          }
        };
    service.calendars = DeadlineServiceTest.fixed(WorkingDayCalendar.shipped());
    service.validation =
        InputValidation.with(Validation.buildDefaultValidatorFactory().getValidator());
    service.clock =
        new PortalClock() {
          @Override
          public LocalDateTime now() {
            return LocalDateTime.of(2026, 11, 30, 9, 0);
          }
        };
  }

  @Test
  void listsEnteredYearsAndFlagsNextYearAsMissing() {
    List<CalendarYearSummary> years = service.years();

    assertEquals(List.of(2025, 2026, 2027), years.stream().map(CalendarYearSummary::year).toList());
    assertTrue(years.get(1).covered());
    assertEquals(33, years.get(1).holidayCount());
    assertEquals(6, years.get(1).makeUpWorkdayCount());
    assertFalse(years.get(2).covered());
  }

  @Test
  void readsAYearOrReportsItNotCovered() {
    CalendarYearView year2026 = service.year(2026);
    assertTrue(year2026.makeUpWorkdays().contains(LocalDate.of(2026, 2, 14)));
    assertEquals(List.copyOf(OfficialArrangements.year2026().holidays()), year2026.holidays());

    CalendarYearView year2030 = service.year(2030);
    assertFalse(year2030.covered());
    assertEquals(List.of(), year2030.holidays());
    assertEquals(null, year2030.version());
  }

  @Test
  void namesEveryWrongDateWithItsList() {
    LocalDate wednesday = LocalDate.of(2027, 3, 3);
    LocalDate saturday = LocalDate.of(2027, 2, 20);
    LocalDate lastYear = LocalDate.of(2026, 12, 31);
    InvalidInputException invalid =
        assertThrows(
            InvalidInputException.class,
            () ->
                service.save(
                    2027,
                    new YearArrangementInput(
                        List.of(lastYear, saturday), List.of(wednesday, saturday), null, null)));

    List<FieldViolation> violations = invalid.violations();
    assertEquals(3, violations.size(), violations.toString());
    assertEquals(
        new FieldViolation(
            "holidays", "calendar.date.outsideYear", Map.of("date", "2026-12-31", "year", 2027)),
        violations.get(0));
    assertEquals(
        new FieldViolation(
            "makeUpWorkdays",
            "calendar.makeUp.alsoHoliday",
            Map.of("date", "2027-02-20", "year", 2027)),
        violations.get(1));
    assertEquals(
        new FieldViolation(
            "makeUpWorkdays",
            "calendar.makeUp.notWeekend",
            Map.of("date", "2027-03-03", "year", 2027)),
        violations.get(2));
  }

  @Test
  void refusesAYearWithoutHolidaysOrOutOfRange() {
    InvalidInputException empty =
        assertThrows(
            InvalidInputException.class,
            () -> service.save(2027, new YearArrangementInput(List.of(), null, null, null)));
    assertEquals("holidays", empty.violations().get(0).field());

    InvalidInputException typo = assertThrows(InvalidInputException.class, () -> service.year(226));
    assertEquals("year", typo.violations().get(0).field());
  }

  @Test
  void countsWorkingDaysAndSaysWhichYearsAreGuessed() {
    WorkingDayCount springFestival =
        service.workingDays(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 28));
    assertEquals(6, springFestival.workingDays()); // 14, 24, 25, 26, 27, 28
    assertEquals(List.of(), springFestival.yearsFallingBackToWeekends());

    WorkingDayCount reversed =
        service.workingDays(LocalDate.of(2027, 1, 8), LocalDate.of(2026, 12, 31));
    assertEquals(-6, reversed.workingDays()); // 1, 4, 5, 6, 7, 8 Jan 2027
    assertEquals(List.of(2027), reversed.yearsFallingBackToWeekends());

    InvalidInputException missing =
        assertThrows(InvalidInputException.class, () -> service.workingDays(null, null));
    assertEquals(2, missing.violations().size());
  }
}
