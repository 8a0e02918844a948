package cn.gov.bizenv.casetracking.domain.model.attachment;

import java.util.List;
import java.util.Optional;

/** Attachments' metadata; an owner has at most {@link AttachmentLimits#MAX_PER_OWNER} of them. */
public interface AttachmentRepository {
  void add(Attachment attachment);

  Optional<Attachment> find(long id);

  /** The owner's attachments, oldest first. */
  List<Attachment> ofOwner(AttachmentOwner owner, long ownerId);

  long count(AttachmentOwner owner, long ownerId);
}
