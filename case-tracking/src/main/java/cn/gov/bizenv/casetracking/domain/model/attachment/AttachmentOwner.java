package cn.gov.bizenv.casetracking.domain.model.attachment;

/** What an attachment belongs to; the owner's id is read in that owner's own module. */
public enum AttachmentOwner {
  /** A case of case tracking (letters' attachments included). */
  CASE,
  /** A chief service officer's visit to a firm. */
  VISIT,
  /** A progress report of a supervision task (its evidence). */
  TASK_REPORT
}
