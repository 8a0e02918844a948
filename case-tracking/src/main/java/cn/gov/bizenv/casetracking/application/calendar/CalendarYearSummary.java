package cn.gov.bizenv.casetracking.application.calendar;

import java.time.LocalDateTime;

/**
 * A year in the list of arrangements. {@code covered} is false for a year not entered yet, which
 * counts plain weekends only. {@code updatedAt} and {@code updatedBy} are null for a shipped year.
 */
public record CalendarYearSummary(
    int year,
    boolean covered,
    int holidayCount,
    int makeUpWorkdayCount,
    String source,
    LocalDateTime updatedAt,
    String updatedBy) {}
