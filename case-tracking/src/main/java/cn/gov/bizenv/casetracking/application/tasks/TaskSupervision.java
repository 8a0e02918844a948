package cn.gov.bizenv.casetracking.application.tasks;

import java.time.LocalDateTime;

/**
 * The task sweep: raises 催报 for late reports and 督办/通报 for missed milestones and deadlines, each
 * once however many servers sweep at the same moment, and marks missed tasks 逾期.
 */
public interface TaskSupervision {
  TaskSweepResult sweep(LocalDateTime asOf);
}
