package cn.gov.bizenv.casetracking.application.cases.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.CHIEF_SERVICE_OFFICER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;

import cn.gov.bizenv.casetracking.application.attachments.NewAttachment;
import cn.gov.bizenv.casetracking.application.attachments.internal.AttachmentKeeper;
import cn.gov.bizenv.casetracking.application.cases.CaseDetail;
import cn.gov.bizenv.casetracking.application.cases.CaseIntake;
import cn.gov.bizenv.casetracking.application.cases.CaseReference;
import cn.gov.bizenv.casetracking.application.cases.NewCase;
import cn.gov.bizenv.casetracking.application.cases.internal.CaseRecorder.CheckedCase;
import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentOwner;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Records new cases on behalf of the office's staff: validated, numbered, with the first event of
 * their timeline, and announced in the bells of the triage officers who must accept or reject them.
 * Triage officers record cases of every channel; chief service officers record only their firms'
 * requests (企业诉求, with the firm named), which is how a problem raised on a visit becomes a case;
 * they then watch it and hear of its milestones ({@link CaseWatching}).
 */
@Stateless
@RolesAllowed({TRIAGE_OFFICER, CHIEF_SERVICE_OFFICER})
public class CaseIntakeService implements CaseIntake {
  @Inject CaseRecorder recorder;
  @Inject Callers callers;
  @Inject CaseViews views;
  @Inject AttachmentKeeper attachments;
  @Inject CaseWatching watching;

  @Override
  public CaseDetail record(NewCase command) {
    return record(command, List.of());
  }

  @Override
  public CaseDetail record(NewCase command, List<NewAttachment> files) {
    CallerProfile caller = callers.current();
    return views.detail(recorded(command, files, caller), caller);
  }

  @Override
  public CaseReference recordForReference(NewCase command) {
    CaseFile recorded = recorded(command, List.of(), callers.current());
    return new CaseReference(recorded.getId(), recorded.getTrackingNumber(), recorded.getTitle());
  }

  private CaseFile recorded(NewCase command, List<NewAttachment> files, CallerProfile caller) {
    CheckedCase checked = recorder.check(command).orRefuse();
    attachments.check(files, 0);
    if (!caller.hasRole(Role.TRIAGE_OFFICER)) {
      if (command.channel() != Channel.FIRM_REQUEST) {
        throw new RuleViolationException("case.channel.notAllowed");
      }
      if (command.firmId() == null || command.firmName() == null || command.firmName().isBlank()) {
        throw InputValidation.invalid("firmId", "case.firm.required");
      }
    }
    CaseFile recorded = recorder.record(checked, caller.username(), null);
    attachments.keep(AttachmentOwner.CASE, recorded.getId(), files, caller.username());
    if (command.channel() == Channel.FIRM_REQUEST && caller.hasRole(Role.CHIEF_SERVICE_OFFICER)) {
      // The officer who raised a firm's problem follows it (see CaseWatching).
      watching.watch(recorded, caller.username());
    }
    return recorded;
  }
}
