package cn.gov.bizenv.casetracking.domain.model.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One date that cannot stand in a year's arrangement as listed, so that a form can name the list
 * and the date at fault.
 *
 * @param year the year being arranged
 * @param listedAs the list the date was given in: {@link DayKind#HOLIDAY} or {@link
 *     DayKind#MAKEUP_WORKDAY}
 * @param date the date at fault
 * @param reason what is wrong with it
 */
public record ArrangementProblem(int year, DayKind listedAs, LocalDate date, Reason reason) {

  /** Why a date cannot stand. */
  public enum Reason {
    /** The date belongs to another year. */
    OUTSIDE_YEAR,
    /** A make-up workday that is a Monday to Friday: only weekend days are worked in exchange. */
    NOT_A_WEEKEND_DAY,
    /** A make-up workday that is also listed as a holiday. */
    ALSO_A_HOLIDAY
  }

  public ArrangementProblem {
    Objects.requireNonNull(listedAs, "listedAs");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reason, "reason");
    if (listedAs != DayKind.HOLIDAY && listedAs != DayKind.MAKEUP_WORKDAY) {
      throw new IllegalArgumentException("only holidays and make-up workdays are listed");
    }
  }

  @Override
  public String toString() {
    String what = listedAs == DayKind.HOLIDAY ? "holiday " : "make-up workday ";
    return switch (reason) {
      case OUTSIDE_YEAR -> what + date + " is outside the year " + year;
      case NOT_A_WEEKEND_DAY ->
          what + date + " is a " + date.getDayOfWeek() + ", not a Saturday or Sunday";
      case ALSO_A_HOLIDAY -> date + " is listed both as a holiday and as a make-up workday";
    };
  }
}
