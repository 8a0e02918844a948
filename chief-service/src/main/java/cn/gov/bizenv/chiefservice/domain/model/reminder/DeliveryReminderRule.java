package cn.gov.bizenv.chiefservice.domain.model.reminder;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * When an officer is reminded of a push still 已推送: after each of the configured numbers of days
 * since the push (e.g. 5 and 10 working days), once per step. Each step has a stable name such as
 * {@code 5_WORKING}, which the reminder table keeps unique per delivery.
 *
 * @param afterDays the steps, ascending, each at least 1
 */
public record DeliveryReminderRule(List<Integer> afterDays, DayCounting counting) {
  /** Adds working days on the official calendar; days off are not counted. */
  @FunctionalInterface
  public interface WorkingDays {
    LocalDate add(LocalDate from, int days);
  }

  public DeliveryReminderRule {
    Objects.requireNonNull(counting, "counting");
    if (afterDays.stream().anyMatch(days -> days == null || days < 1)) {
      throw new IllegalArgumentException("reminder days must be 1 or more: " + afterDays);
    }
    afterDays = List.copyOf(new TreeSet<>(afterDays));
  }

  /**
   * Reads the rule from configuration: days as a comma-separated list ({@code "5,10"}; empty for no
   * reminders) and the counting ({@code WORKING} or {@code CALENDAR}, any case).
   *
   * @throws IllegalArgumentException naming what is wrong, so that a bad setting fails at start
   */
  public static DeliveryReminderRule parse(String days, String counting) {
    TreeSet<Integer> steps = new TreeSet<>();
    for (String part : days == null ? new String[0] : days.split(",")) {
      if (!part.isBlank()) {
        try {
          steps.add(Integer.parseInt(part.strip()));
        } catch (NumberFormatException notANumber) {
          throw new IllegalArgumentException("reminder days must be whole numbers: " + days);
        }
      }
    }
    DayCounting kind;
    try {
      kind = DayCounting.valueOf(counting.strip().toUpperCase(Locale.ROOT));
    } catch (RuntimeException unknown) {
      throw new IllegalArgumentException(
          "reminder day counting must be WORKING or CALENDAR: " + counting);
    }
    return new DeliveryReminderRule(List.copyOf(steps), kind);
  }

  /** The step's name, unique per delivery: {@code 5_WORKING}. */
  public String stepName(int days) {
    return days + "_" + counting.name();
  }

  /** The day the step falls due for a push on {@code pushedOn}. */
  public LocalDate dueOn(LocalDate pushedOn, int days, WorkingDays workingDays) {
    return counting == DayCounting.WORKING
        ? workingDays.add(pushedOn, days)
        : pushedOn.plusDays(days);
  }

  /** The steps due by {@code today} for a push still undelivered, by name, earliest first. */
  public Map<String, LocalDate> dueSteps(
      LocalDate pushedOn, LocalDate today, WorkingDays workingDays) {
    Map<String, LocalDate> due = new LinkedHashMap<>();
    for (int days : afterDays) {
      LocalDate on = dueOn(pushedOn, days, workingDays);
      if (!on.isAfter(today)) {
        due.put(stepName(days), on);
      }
    }
    return due;
  }

  /**
   * The latest push day that can have a step due by {@code today}: working days are never fewer
   * than calendar days, so pushes after this day need no look.
   */
  public LocalDate latestPushWithDueSteps(LocalDate today) {
    return afterDays.isEmpty() ? null : today.minusDays(afterDays.get(0));
  }

  /** The number of days of a step's name, for the reminder's text. */
  public static int daysOf(String stepName) {
    return Integer.parseInt(stepName.substring(0, stepName.indexOf('_')));
  }
}
