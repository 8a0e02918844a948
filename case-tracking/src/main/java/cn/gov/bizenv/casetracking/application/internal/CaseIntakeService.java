package cn.gov.bizenv.casetracking.application.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;

import cn.gov.bizenv.casetracking.application.CallerProfile;
import cn.gov.bizenv.casetracking.application.CaseDetail;
import cn.gov.bizenv.casetracking.application.CaseIntake;
import cn.gov.bizenv.casetracking.application.NewCase;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Records new cases on behalf of triage officers: validated, numbered, with the first event of
 * their timeline, and announced in the bells of the triage officers who must accept or reject them.
 */
@Stateless
@RolesAllowed(TRIAGE_OFFICER)
public class CaseIntakeService implements CaseIntake {
  @Inject CaseRecorder recorder;
  @Inject Callers callers;
  @Inject CaseViews views;

  @Override
  public CaseDetail record(NewCase command) {
    CallerProfile caller = callers.current();
    return views.detail(recorder.record(command, caller.username()), caller);
  }
}
