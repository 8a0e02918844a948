package cn.gov.bizenv.casetracking.application.calendar.internal;

/** A year's arrangement was saved; fired inside the saving transaction. */
public record CalendarChanged(int year) {}
