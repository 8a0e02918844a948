package cn.gov.bizenv.casetracking.domain.model.calendar;

import java.util.List;
import java.util.Optional;

/** Stores the yearly holiday arrangements. */
public interface CalendarYearRepository {
  Optional<CalendarYear> find(int year);

  /**
   * Every entered year, in ascending order. One row is added per year, so this stays a few dozen
   * rows and is read whole to build the calendar.
   */
  List<CalendarYear> all();

  void add(CalendarYear year);

  /**
   * Writes the changed year now and gives it a new version even if only its days changed, so that a
   * concurrent edit is reported as a conflict.
   */
  void saveChanges(CalendarYear year);
}
