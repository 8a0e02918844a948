package cn.gov.bizenv.chiefservice.domain.model.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliveryReminderRuleTest {
  /** Plain weekends, enough to tell working days from calendar days. */
  static final DeliveryReminderRule.WorkingDays WEEKDAYS =
      (from, days) -> {
        LocalDate day = from;
        for (int counted = 0; counted < days; ) {
          day = day.plusDays(1);
          if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
            counted++;
          }
        }
        return day;
      };

  static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

  @Test
  void workingDayStepsFallDueOnTheirWorkingDayAndNotBefore() {
    DeliveryReminderRule rule = DeliveryReminderRule.parse("10, 5", "working");
    assertEquals(List.of(5, 10), rule.afterDays());
    assertEquals(LocalDate.of(2026, 12, 4), rule.dueOn(FRIDAY, 5, WEEKDAYS));
    assertEquals(Map.of(), rule.dueSteps(FRIDAY, LocalDate.of(2026, 12, 3), WEEKDAYS));
    assertEquals(
        Map.of("5_WORKING", LocalDate.of(2026, 12, 4)),
        rule.dueSteps(FRIDAY, LocalDate.of(2026, 12, 4), WEEKDAYS));
    assertEquals(
        List.of("5_WORKING", "10_WORKING"),
        List.copyOf(rule.dueSteps(FRIDAY, LocalDate.of(2026, 12, 11), WEEKDAYS).keySet()));
  }

  @Test
  void calendarDayStepsCountEveryDay() {
    DeliveryReminderRule rule = DeliveryReminderRule.parse("3", "CALENDAR");
    assertEquals(
        Map.of("3_CALENDAR", LocalDate.of(2026, 11, 30)),
        rule.dueSteps(FRIDAY, LocalDate.of(2026, 11, 30), WEEKDAYS));
    assertEquals(
        LocalDate.of(2026, 11, 27), rule.latestPushWithDueSteps(LocalDate.of(2026, 11, 30)));
    assertEquals(3, DeliveryReminderRule.daysOf(rule.stepName(3)));
  }

  @Test
  void noStepsMeansNoReminders() {
    DeliveryReminderRule rule = DeliveryReminderRule.parse("", "WORKING");
    assertEquals(Map.of(), rule.dueSteps(FRIDAY, FRIDAY.plusYears(1), WEEKDAYS));
    assertNull(rule.latestPushWithDueSteps(FRIDAY));
  }

  @Test
  void badSettingsAreRefusedWithTheReason() {
    assertThrows(
        IllegalArgumentException.class, () -> DeliveryReminderRule.parse("5,x", "WORKING"));
    assertThrows(IllegalArgumentException.class, () -> DeliveryReminderRule.parse("0", "WORKING"));
    assertThrows(IllegalArgumentException.class, () -> DeliveryReminderRule.parse("5", "WEEKLY"));
  }
}
