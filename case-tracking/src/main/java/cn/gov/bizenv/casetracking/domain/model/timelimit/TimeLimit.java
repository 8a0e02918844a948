package cn.gov.bizenv.casetracking.domain.model.timelimit;

import java.util.Objects;

/** A span of time allowed for a step, such as 10 working days or 3 calendar months. */
public record TimeLimit(int amount, LimitUnit unit) {
  public TimeLimit {
    Objects.requireNonNull(unit, "unit");
    if (amount < 1 || amount > unit.maximum()) {
      throw new IllegalArgumentException(
          "a limit in " + unit + " must be 1.." + unit.maximum() + ": " + amount);
    }
  }

  public static TimeLimit workingDays(int amount) {
    return new TimeLimit(amount, LimitUnit.WORKING_DAYS);
  }

  public static TimeLimit calendarMonths(int amount) {
    return new TimeLimit(amount, LimitUnit.CALENDAR_MONTHS);
  }

  /** Whether this limit is at least as long as {@code other}; only limits in one unit compare. */
  public boolean isAtLeast(TimeLimit other) {
    if (unit != other.unit) {
      throw new IllegalArgumentException("cannot compare " + unit + " with " + other.unit);
    }
    return amount >= other.amount;
  }
}
