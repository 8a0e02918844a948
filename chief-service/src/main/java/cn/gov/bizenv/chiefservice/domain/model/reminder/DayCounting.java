package cn.gov.bizenv.chiefservice.domain.model.reminder;

/** How a reminder's days are counted: on the official working-day calendar or as plain days. */
public enum DayCounting {
  WORKING,
  CALENDAR
}
