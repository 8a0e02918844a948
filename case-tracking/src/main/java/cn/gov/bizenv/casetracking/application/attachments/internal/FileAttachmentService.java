package cn.gov.bizenv.casetracking.application.attachments.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.ADMINISTRATOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.CHIEF_SERVICE_OFFICER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.LEADER;

import cn.gov.bizenv.casetracking.application.attachments.AttachmentContent;
import cn.gov.bizenv.casetracking.application.attachments.AttachmentView;
import cn.gov.bizenv.casetracking.application.attachments.FileAttachments;
import cn.gov.bizenv.casetracking.application.attachments.NewAttachment;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentOwner;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The facility for other modules. The roles are those of chief service, the one module using it;
 * cases are refused here because their files must pass the case access rules.
 */
@Stateless
@RolesAllowed({CHIEF_SERVICE_OFFICER, LEADER, ADMINISTRATOR})
public class FileAttachmentService implements FileAttachments {
  @Inject Callers callers;
  @Inject AttachmentKeeper keeper;

  @Override
  public List<AttachmentView> list(AttachmentOwner owner, long ownerId) {
    return keeper.list(notCase(owner), ownerId);
  }

  @Override
  public List<AttachmentView> attach(
      AttachmentOwner owner, long ownerId, List<NewAttachment> files) {
    // Visit photos come straight from a phone's camera: shrunk first, then judged by the rules.
    List<NewAttachment> fitted = files.stream().map(PhotoResizer::fitted).toList();
    return keeper.keep(notCase(owner), ownerId, fitted, callers.current().username());
  }

  @Override
  public AttachmentContent download(AttachmentOwner owner, long ownerId, long attachmentId) {
    return keeper.read(notCase(owner), ownerId, attachmentId);
  }

  private static AttachmentOwner notCase(AttachmentOwner owner) {
    if (owner == AttachmentOwner.CASE) {
      throw new IllegalArgumentException("cases' files go through CaseAttachments");
    }
    return owner;
  }
}
