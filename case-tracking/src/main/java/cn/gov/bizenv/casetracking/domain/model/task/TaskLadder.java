package cn.gov.bizenv.casetracking.domain.model.task;

import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The supervision ladder for tasks, on the working-day calendar: 催报 the day after a report was due
 * and not filed; 督办 the day after a milestone's (or the deadline's) effective due day; 通报 when it
 * is still not met {@link #NOTICE_AFTER_WORKING_DAYS} working days after that day.
 */
public final class TaskLadder {
  /** Working days a missed milestone may stay missed after its 督办 before the 通报. */
  public static final int NOTICE_AFTER_WORKING_DAYS = 5;

  /** The deadline's subject among the milestones'. */
  public static final String DEADLINE = "DEADLINE";

  /** A step due for a task: what, about which period or milestone, due since when. */
  public record DueStep(String step, String subject, LocalDate dueOn) {
    public String key() {
      return TaskSupervisionStep.key(step, subject);
    }

    /** Whether this step finds a date missed, which makes the task 逾期. */
    public boolean marksOverdue() {
      return TaskSupervisionStep.SUPERVISION_ORDER.equals(step);
    }
  }

  private final WorkingDayCalendar calendar;
  private final MilestoneClock clock;

  public TaskLadder(WorkingDayCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.clock = new MilestoneClock(calendar);
  }

  /** Every step due for the open task on {@code today}, given the periods already reported. */
  public List<DueStep> dueOn(Task task, LocalDate today, Collection<String> reported) {
    List<DueStep> due = new ArrayList<>();
    if (!task.getStatus().isOpen()) {
      return due;
    }
    for (ReportPeriod late : task.schedule(calendar).lateOn(today, reported)) {
      due.add(new DueStep(TaskSupervisionStep.URGE_REPORT, late.key(), late.dueOn()));
    }
    for (Milestone milestone : task.getMilestones()) {
      if (milestone.getMetOn() == null) {
        missed("M" + milestone.getSequence(), milestone.getDueOn(), today, due);
      }
    }
    missed(DEADLINE, task.getDeadline(), today, due);
    return due;
  }

  private void missed(String subject, LocalDate date, LocalDate today, List<DueStep> due) {
    if (!clock.isMissed(date, null, today)) {
      return;
    }
    LocalDate by = clock.effectiveDue(date);
    due.add(new DueStep(TaskSupervisionStep.SUPERVISION_ORDER, subject, by));
    LocalDate noticeOn = calendar.addWorkingDays(by, NOTICE_AFTER_WORKING_DAYS);
    if (today.isAfter(noticeOn)) {
      due.add(new DueStep(TaskSupervisionStep.NOTICE, subject, noticeOn));
    }
  }
}
