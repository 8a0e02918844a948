package cn.gov.bizenv.casetracking.application.attachments;

import java.util.List;

/**
 * Files attached to a case, for whoever may see the case (the case access rules: the office sees
 * every case, a unit only the cases it leads or assists; others get 404). Limits: {@link
 * cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentLimits}.
 */
public interface CaseAttachments {
  /** The case's attachments, oldest first. */
  List<AttachmentView> list(long caseId);

  /** Checks files meant for a case about to be recorded, so a form can refuse one at once. */
  void check(List<NewAttachment> files);

  /** Checks and keeps one more file on the case. */
  AttachmentView attach(long caseId, NewAttachment file);

  /** One of the case's files with its bytes; an attachment of another case is not found. */
  AttachmentContent download(long caseId, long attachmentId);
}
