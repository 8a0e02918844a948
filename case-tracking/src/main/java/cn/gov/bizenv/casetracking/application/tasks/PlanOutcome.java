package cn.gov.bizenv.casetracking.application.tasks;

import java.util.List;

/** What a committed plan import stored: the new tasks' ids in row order, and the rows skipped. */
public record PlanOutcome(List<Long> taskIds, int skipped) {
  public PlanOutcome {
    taskIds = List.copyOf(taskIds);
  }
}
