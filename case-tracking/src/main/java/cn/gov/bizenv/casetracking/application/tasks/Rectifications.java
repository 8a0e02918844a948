package cn.gov.bizenv.casetracking.application.tasks;

/**
 * Rectification (整改): the office starts a rectification task (from a case in one call), the lead
 * files its plan of items, the office approves it or sends it back (with a reason) and accepts (销号)
 * each item with its evidence. Progress is reported as on any task; every step is a line of the
 * task's timeline.
 */
public interface Rectifications {
  /** Starts a rectification task and returns its id. */
  long start(NewRectification rectification);

  void filePlan(long taskId, RectificationPlan plan);

  void approvePlan(long taskId, TaskDecision decision);

  /** The note is the reason, required. */
  void sendBackPlan(long taskId, TaskDecision decision);

  /** The note is the evidence, required. */
  void acceptItem(long taskId, int sequence, TaskDecision decision);
}
