package cn.gov.bizenv.casetracking.application.tasks;

import java.time.LocalDate;

/**
 * A milestone as readers see it.
 *
 * @param effectiveDue the working day it must be met by (a day off moves it to the next working
 *     day)
 * @param missed met late, or not met and its day has passed
 * @param workingDaysLate working days late so far (0 when on time)
 */
public record MilestoneView(
    int sequence,
    String title,
    LocalDate dueOn,
    LocalDate effectiveDue,
    LocalDate metOn,
    String metNote,
    boolean missed,
    int workingDaysLate) {}
