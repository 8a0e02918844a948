package cn.gov.bizenv.chiefservice.application.visits;

import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;

/**
 * Officers' visits to their firms. The firm's officer plans and logs them; the problems raised on a
 * held visit become cases of the channel 企业诉求 through case tracking's intake, in the same
 * transaction. Leaders and administrators read every visit; an officer reads the visits of the
 * firms they serve, and any other visit is not found.
 */
public interface Visits {
  /** Plans a visit, or logs one that was held or not held, for one of the caller's firms. */
  VisitDetail create(VisitInput input);

  /** Reschedules a planned visit or records its outcome. */
  VisitDetail update(long id, VisitInput input);

  VisitDetail get(long id);

  /** The visit that raised the case (where an officer's bell leads), if the caller sees it. */
  VisitDetail raising(long caseId);

  /** A firm's visits, newest first. */
  Page<VisitSummary> ofFirm(long firmId, PageRequest page);

  /** The visit's photos and files, for whoever may see the visit. */
  java.util.List<cn.gov.bizenv.casetracking.application.attachments.AttachmentView> files(
      long visitId);

  /**
   * Attaches a photo or file to a visit of one of the caller's firms, with case tracking's limits
   * (kinds recognised by content, size, count).
   */
  cn.gov.bizenv.casetracking.application.attachments.AttachmentView attachFile(
      long visitId, cn.gov.bizenv.casetracking.application.attachments.NewAttachment file);

  /** One of the visit's files with its bytes; a file of another visit is not found. */
  cn.gov.bizenv.casetracking.application.attachments.AttachmentContent file(
      long visitId, long fileId);
}
