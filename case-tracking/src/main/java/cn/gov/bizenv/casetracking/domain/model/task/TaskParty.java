package cn.gov.bizenv.casetracking.domain.model.task;

/** Who acts on a task, as the lifecycle sees them. */
public enum TaskParty {
  /** The leading group office's triage officers and supervisors. */
  OFFICE,
  /** The lead unit or group, or a member unit of the lead group. */
  LEAD,
  /** The scheduled supervision sweep. */
  SYSTEM
}
