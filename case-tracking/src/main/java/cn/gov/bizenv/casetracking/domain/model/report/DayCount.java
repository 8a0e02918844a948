package cn.gov.bizenv.casetracking.domain.model.report;

import java.time.LocalDate;

/** How many cases a figure has on one day (a GROUP BY over the day of a timestamp). */
public record DayCount(LocalDate day, long count) {}
