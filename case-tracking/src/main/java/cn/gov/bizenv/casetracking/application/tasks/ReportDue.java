package cn.gov.bizenv.casetracking.application.tasks;

import java.time.LocalDate;

/** A reporting period of a task and whether its report was filed, or is late. */
public record ReportDue(
    String periodKey,
    LocalDate start,
    LocalDate end,
    LocalDate dueOn,
    boolean filed,
    boolean late) {}
