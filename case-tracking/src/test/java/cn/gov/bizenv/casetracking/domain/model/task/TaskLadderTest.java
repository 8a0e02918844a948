package cn.gov.bizenv.casetracking.domain.model.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which 催报, 督办 and 通报 are due for a task on a given day of the official calendar. */
class TaskLadderTest {
  private final TaskLadder ladder = new TaskLadder(WorkingDayCalendar.shipped());

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  private static Task monthlyTask() {
    Task task =
        new Task(
            SourceKind.ACTION_PLAN,
            "三年行动方案第12项",
            null,
            "推行企业开办一日办结",
            "企业开办全流程1个工作日内办结",
            d("2026-12-31"),
            ReportingCadence.MONTHLY,
            d("2026-09-01"),
            LocalDateTime.parse("2026-09-01T09:00"),
            "triage");
    task.addMilestone("完成流程再造方案", d("2026-10-01"));
    return task;
  }

  private static List<String> keys(List<TaskLadder.DueStep> steps) {
    return steps.stream().map(TaskLadder.DueStep::key).toList();
  }

  @Test
  void nothingIsDueBeforeTheFirstReportAndMilestone() {
    assertEquals(List.of(), ladder.dueOn(monthlyTask(), d("2026-10-08"), Set.of()));
  }

  @Test
  void aLateReportIsUrgedAndAMilestoneOnTheHolidayIsMissedTheDayAfterTheOfficeReopens() {
    // September's report is due the third working day after 30 September: 8, 9, 10 October.
    // The milestone of 1 October (a holiday) must be met by Thursday 8 October.
    List<TaskLadder.DueStep> due = ladder.dueOn(monthlyTask(), d("2026-10-09"), Set.of());
    assertEquals(List.of("SUPERVISION_ORDER:M1"), keys(due));
    assertEquals(d("2026-10-08"), due.get(0).dueOn());
    assertEquals(
        List.of("URGE_REPORT:2026-09", "SUPERVISION_ORDER:M1"),
        keys(ladder.dueOn(monthlyTask(), d("2026-10-12"), Set.of())));
    assertEquals(
        List.of("SUPERVISION_ORDER:M1"),
        keys(ladder.dueOn(monthlyTask(), d("2026-10-12"), Set.of("2026-09"))));
  }

  @Test
  void theNoticeFollowsFiveWorkingDaysAfterTheMissedDay() {
    // 8 October + 5 working days: 9, 10 (Saturday, a workday), 12, 13, 14.
    assertEquals(
        List.of("URGE_REPORT:2026-09", "SUPERVISION_ORDER:M1"),
        keys(ladder.dueOn(monthlyTask(), d("2026-10-14"), Set.of())));
    assertEquals(
        List.of("URGE_REPORT:2026-09", "SUPERVISION_ORDER:M1", "NOTICE:M1"),
        keys(ladder.dueOn(monthlyTask(), d("2026-10-15"), Set.of())));
  }

  @Test
  void aMetMilestoneAndAClosedTaskRaiseNothing() {
    Task task = monthlyTask();
    task.meetMilestone(1, d("2026-09-30"), null);
    assertEquals(List.of(), ladder.dueOn(task, d("2026-10-09"), Set.of()));
    task.moveTo(TaskStatus.COMPLETED);
    assertEquals(List.of(), ladder.dueOn(task, d("2027-02-01"), Set.of()));
  }

  @Test
  void theDeadlineIsMissedLikeAMilestone() {
    Task task = monthlyTask();
    task.meetMilestone(1, d("2026-09-30"), null);
    Set<String> reported = Set.of("2026-09", "2026-10", "2026-11", "2026-12");
    // 31 December 2026 is a Thursday; 1–3 January 2027 fall back to plain weekends.
    assertEquals(List.of(), ladder.dueOn(task, d("2026-12-31"), reported));
    assertEquals(
        List.of("SUPERVISION_ORDER:DEADLINE"), keys(ladder.dueOn(task, d("2027-01-01"), reported)));
  }
}
