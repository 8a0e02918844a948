package cn.gov.bizenv.casetracking.domain.model.bulletin;

/**
 * Where a bulletin stands: a supervisor drafts and submits it; a leader approves it (its content is
 * frozen then) or sends it back to draft with a reason. Labels live under {@code bulletinStatus.*}.
 */
public enum BulletinStatus {
  DRAFT,
  SUBMITTED,
  APPROVED
}
