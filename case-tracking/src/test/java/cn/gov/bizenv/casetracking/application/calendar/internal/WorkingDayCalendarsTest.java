package cn.gov.bizenv.casetracking.application.calendar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.calendar.CalendarYear;
import cn.gov.bizenv.casetracking.domain.model.calendar.CalendarYearRepository;
import cn.gov.bizenv.casetracking.domain.model.calendar.OfficialArrangements;
import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import cn.gov.bizenv.casetracking.domain.model.calendar.YearArrangement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarsTest {
  final List<CalendarYear> stored = new ArrayList<>();
  int reads;

  WorkingDayCalendars calendars() {
    WorkingDayCalendars calendars = new WorkingDayCalendars();
    calendars.years =
        new CalendarYearRepository() {
          @Override
          public Optional<CalendarYear> find(int year) {
            throw new UnsupportedOperationException();
          }

          @Override
          public List<CalendarYear> all() {
            reads++;
            return List.copyOf(stored);
          }

          @Override
          public void add(CalendarYear year) {
            throw new UnsupportedOperationException();
          }

          @Override
          public void saveChanges(CalendarYear year) {
            throw new UnsupportedOperationException();
          }
        };
    return calendars;
  }

  @Test
  void buildsTheCalendarOnceAndAgainAfterASave() {
    stored.add(new CalendarYear(OfficialArrangements.year2026(), "seed", LocalDateTime.now()));
    WorkingDayCalendars calendars = calendars();

    WorkingDayCalendar first = calendars.current();
    assertEquals(WorkingDayCalendar.shipped().arrangementFor(2026), first.arrangementFor(2026));
    assertFalse(first.covers(2027));
    assertSame(first, calendars.current());
    assertEquals(1, reads);

    stored.add(
        new CalendarYear(
            YearArrangement.of(2027, List.of(LocalDate.of(2027, 1, 1)), List.of(), null),
            "admin",
            LocalDateTime.now()));
    calendars.rebuildAfterSave(new CalendarChanged(2027));

    WorkingDayCalendar rebuilt = calendars.current();
    assertTrue(rebuilt.covers(2027));
    assertFalse(rebuilt.isWorkingDay(LocalDate.of(2027, 1, 1)));
    assertEquals(2, reads);
  }
}
