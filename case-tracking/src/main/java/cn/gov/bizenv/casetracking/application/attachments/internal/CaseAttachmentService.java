package cn.gov.bizenv.casetracking.application.attachments.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.LEADER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.SUPERVISOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.UNIT_HANDLER;

import cn.gov.bizenv.casetracking.application.attachments.AttachmentContent;
import cn.gov.bizenv.casetracking.application.attachments.AttachmentView;
import cn.gov.bizenv.casetracking.application.attachments.CaseAttachments;
import cn.gov.bizenv.casetracking.application.attachments.NewAttachment;
import cn.gov.bizenv.casetracking.application.cases.internal.CaseAccess;
import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentOwner;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Cases' files behind the case access rules: a case the caller may not see is not found. */
@Stateless
@RolesAllowed({TRIAGE_OFFICER, SUPERVISOR, LEADER, UNIT_HANDLER})
public class CaseAttachmentService implements CaseAttachments {
  @Inject Callers callers;
  @Inject CaseAccess access;
  @Inject AttachmentKeeper keeper;

  @Override
  public List<AttachmentView> list(long caseId) {
    access.visibleCase(caseId, callers.current());
    return keeper.list(AttachmentOwner.CASE, caseId);
  }

  @Override
  public void check(List<NewAttachment> files) {
    keeper.check(files, 0);
  }

  @Override
  public AttachmentView attach(long caseId, NewAttachment file) {
    CallerProfile caller = callers.current();
    access.visibleCase(caseId, caller);
    return keeper.keep(AttachmentOwner.CASE, caseId, List.of(file), caller.username()).get(0);
  }

  @Override
  public AttachmentContent download(long caseId, long attachmentId) {
    access.visibleCase(caseId, callers.current());
    return keeper.read(AttachmentOwner.CASE, caseId, attachmentId);
  }
}
