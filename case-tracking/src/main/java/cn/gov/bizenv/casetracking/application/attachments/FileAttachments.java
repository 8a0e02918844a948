package cn.gov.bizenv.casetracking.application.attachments;

import cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentOwner;
import java.util.List;

/**
 * The attachment facility for other modules' records (a chief service officer's visit): the same
 * limits, type checks and storage as cases' files. The calling module decides who may see its
 * record before it calls; cases' files are reached only through {@link CaseAttachments}, which
 * applies the case access rules.
 */
public interface FileAttachments {
  /** The record's attachments, oldest first. */
  List<AttachmentView> list(AttachmentOwner owner, long ownerId);

  /** Checks every file (limits counted with those already kept) and keeps them all, or none. */
  List<AttachmentView> attach(AttachmentOwner owner, long ownerId, List<NewAttachment> files);

  /** One of the record's files with its bytes; a file of another record is not found. */
  AttachmentContent download(AttachmentOwner owner, long ownerId, long attachmentId);
}
