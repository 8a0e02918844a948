package cn.gov.bizenv.casetracking.domain.model.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reporting periods and their due days on the shipped 2025/2026 official calendar. */
class ReportScheduleTest {
  private final WorkingDayCalendar calendar = WorkingDayCalendar.shipped();

  private ReportSchedule schedule(ReportingCadence cadence, String start, String deadline) {
    return new ReportSchedule(
        cadence, LocalDate.parse(start), LocalDate.parse(deadline), List.of(), calendar);
  }

  @Test
  void monthlyReportsAreDueTheThirdWorkingDayAfterTheMonth() {
    List<ReportPeriod> periods =
        schedule(ReportingCadence.MONTHLY, "2026-03-10", "2026-05-20").periods();
    assertEquals(
        List.of("2026-03", "2026-04", "2026-05"), periods.stream().map(ReportPeriod::key).toList());
    // March ends on a Tuesday: 1, 2, 3 April are working days.
    assertEquals(LocalDate.parse("2026-04-03"), periods.get(0).dueOn());
    // April ends on Thursday 30; 1–5 May are off, Saturday 9 May is a make-up workday.
    assertEquals(LocalDate.parse("2026-05-08"), periods.get(1).dueOn());
    assertEquals(LocalDate.parse("2026-03-01"), periods.get(0).start());
    assertEquals(LocalDate.parse("2026-05-31"), periods.get(2).end());
  }

  @Test
  void aWeeklyReportAfterTheSpringFestivalIsDueWhenTheOfficeReopens() {
    ReportSchedule weekly = schedule(ReportingCadence.WEEKLY, "2026-02-09", "2026-03-01");
    ReportPeriod festival = weekly.periodOf(LocalDate.parse("2026-02-18")).orElseThrow();
    assertEquals("2026-W08", festival.key());
    assertEquals(LocalDate.parse("2026-02-16"), festival.start());
    assertEquals(LocalDate.parse("2026-02-22"), festival.end());
    // 15–23 February are off: the first working day after Sunday 22 is Tuesday 24.
    assertEquals(LocalDate.parse("2026-02-24"), festival.dueOn());
    // Weeks of 9, 16 and 23 February.
    assertEquals(3, weekly.periods().size());
  }

  @Test
  void quartersAndTheirKeys() {
    List<ReportPeriod> quarters =
        schedule(ReportingCadence.QUARTERLY, "2025-08-01", "2026-01-15").periods();
    assertEquals(
        List.of("2025-Q3", "2025-Q4", "2026-Q1"),
        quarters.stream().map(ReportPeriod::key).toList());
    // Q3 2025 ends Tuesday 30 September; 1–8 October are off, then 9, 10, 11 (a make-up Saturday),
    // 13 and 14 October.
    assertEquals(LocalDate.parse("2025-10-14"), quarters.get(0).dueOn());
  }

  @Test
  void atMilestoneEachMilestoneIsAPeriod() {
    ReportSchedule schedule =
        new ReportSchedule(
            ReportingCadence.AT_MILESTONE,
            LocalDate.parse("2026-03-02"),
            LocalDate.parse("2026-12-31"),
            List.of(LocalDate.parse("2026-04-30"), LocalDate.parse("2026-09-30")),
            calendar);
    List<ReportPeriod> periods = schedule.periods();
    assertEquals(List.of("M1", "M2"), periods.stream().map(ReportPeriod::key).toList());
    assertEquals(LocalDate.parse("2026-05-08"), periods.get(0).dueOn());
    assertEquals(LocalDate.parse("2026-05-01"), periods.get(1).start());
    // 30 September + 3 working days: 1–7 October off, so 8, 9, 10 (Saturday, a workday).
    assertEquals(LocalDate.parse("2026-10-10"), periods.get(1).dueOn());
  }

  @Test
  void aReportIsLateTheDayAfterItWasDueAndNotOnceFiled() {
    ReportSchedule monthly = schedule(ReportingCadence.MONTHLY, "2026-03-10", "2026-05-20");
    assertTrue(monthly.lateOn(LocalDate.parse("2026-04-03"), Set.of()).isEmpty());
    assertEquals(
        List.of("2026-03"),
        monthly.lateOn(LocalDate.parse("2026-04-04"), Set.of()).stream()
            .map(ReportPeriod::key)
            .toList());
    assertTrue(monthly.lateOn(LocalDate.parse("2026-04-04"), Set.of("2026-03")).isEmpty());
    assertEquals(
        "2026-04",
        monthly.nextToReport(LocalDate.parse("2026-04-10"), Set.of("2026-03")).orElseThrow().key());
  }
}
