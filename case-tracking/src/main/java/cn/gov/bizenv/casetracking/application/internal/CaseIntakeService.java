package cn.gov.bizenv.casetracking.application.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;

import cn.gov.bizenv.casetracking.application.CallerProfile;
import cn.gov.bizenv.casetracking.application.CaseDetail;
import cn.gov.bizenv.casetracking.application.CaseIntake;
import cn.gov.bizenv.casetracking.application.NewCase;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEvent;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Records new cases: validated, numbered, and with the first event of their timeline. */
@Stateless
@RolesAllowed(TRIAGE_OFFICER)
public class CaseIntakeService implements CaseIntake {
  @Inject CaseFileRepository cases;
  @Inject UnitRepository units;
  @Inject InputValidation validation;
  @Inject PortalClock clock;
  @Inject Callers callers;
  @Inject CaseViews views;

  @Override
  public CaseDetail record(NewCase command) {
    validation.check(command);
    Unit unit =
        units
            .find(command.concernedUnitId())
            .filter(Unit::isActive)
            .orElseThrow(() -> InputValidation.invalid("concernedUnitId", "case.unit.unknown"));
    CallerProfile caller = callers.current();
    CaseFile caseFile =
        new CaseFile(
            command.channel(),
            command.title(),
            command.content(),
            unit,
            clock.now(),
            caller.username());
    cases.add(caseFile);
    cases.addEvent(CaseEvent.recorded(caseFile));
    return views.detail(caseFile, caller);
  }
}
