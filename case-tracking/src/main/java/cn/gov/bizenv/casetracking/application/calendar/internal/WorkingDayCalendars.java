package cn.gov.bizenv.casetracking.application.calendar.internal;

import cn.gov.bizenv.casetracking.domain.model.calendar.CalendarYear;
import cn.gov.bizenv.casetracking.domain.model.calendar.CalendarYearRepository;
import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * The working-day calendar built from the stored arrangements, kept in memory because every
 * deadline needs it and it changes about once a year. It is rebuilt after an administrator's save
 * has committed, and at the latest {@link #RELOAD_AFTER} after it was built, so that the other
 * instances of a cluster also pick up a save.
 */
@ApplicationScoped
public class WorkingDayCalendars {
  static final Duration RELOAD_AFTER = Duration.ofMinutes(5);

  @Inject CalendarYearRepository years;

  private WorkingDayCalendar calendar;
  private long builtAtNanos;
  private long generation;

  /** The calendar of every entered year; years not entered count plain weekends. */
  public WorkingDayCalendar current() {
    long seen;
    synchronized (this) {
      if (calendar != null && System.nanoTime() - builtAtNanos < RELOAD_AFTER.toNanos()) {
        return calendar;
      }
      seen = generation;
    }
    // Built outside the lock: a slow database must not hold up readers of a fresh calendar.
    WorkingDayCalendar built =
        new WorkingDayCalendar(years.all().stream().map(CalendarYear::arrangement).toList());
    synchronized (this) {
      // A save that committed while this one was being built makes it stale: use, do not keep.
      if (generation == seen) {
        calendar = built;
        builtAtNanos = System.nanoTime();
      }
    }
    return built;
  }

  public void rebuildAfterSave(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged change) {
    forget();
  }

  synchronized void forget() {
    generation++;
    calendar = null;
  }
}
