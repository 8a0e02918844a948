package cn.gov.bizenv.casetracking.application.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.CHIEF_SERVICE_OFFICER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;

import cn.gov.bizenv.casetracking.application.CallerProfile;
import cn.gov.bizenv.casetracking.application.CaseDetail;
import cn.gov.bizenv.casetracking.application.CaseIntake;
import cn.gov.bizenv.casetracking.application.CallerProfile;
import cn.gov.bizenv.casetracking.application.NewCase;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEvent;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.category.Category;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryRepository;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitRepository;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Records new cases: validated, numbered, with the first event of their timeline, and announced in
 * the bells of the triage officers who must accept or reject them. Triage officers record cases of
 * every channel; chief service officers record only their firms' requests (企业诉求, with the firm
 * named), which is how a problem raised on a visit becomes a case.
 */
@Stateless
@RolesAllowed({TRIAGE_OFFICER, CHIEF_SERVICE_OFFICER})
public class CaseIntakeService implements CaseIntake {
  @Inject CaseFileRepository cases;
  @Inject UnitRepository units;
  @Inject CategoryRepository categories;
  @Inject InputValidation validation;
  @Inject PortalClock clock;
  @Inject Callers callers;
  @Inject CaseViews views;
  @Inject NotificationSender notify;

  @Override
  public CaseDetail record(NewCase command) {
    validation.check(command);
    CallerProfile caller = callers.current();
    if (!caller.hasRole(Role.TRIAGE_OFFICER)) {
      if (command.channel() != Channel.FIRM_REQUEST) {
        throw new RuleViolationException("case.channel.notAllowed");
      }
      if (command.firmId() == null || command.firmName() == null || command.firmName().isBlank()) {
        throw InputValidation.invalid("firmId", "case.firm.required");
      }
    }
    Unit unit =
        units
            .find(command.concernedUnitId())
            .filter(Unit::isActive)
            .orElseThrow(() -> InputValidation.invalid("concernedUnitId", "case.unit.unknown"));
    CaseFile caseFile =
        new CaseFile(
            command.channel(),
            command.title(),
            command.content(),
            unit,
            clock.now(),
            caller.username());
    caseFile.classify(category(command.categoryId()));
    if (command.firmId() != null && command.firmName() != null && !command.firmName().isBlank()) {
      caseFile.concernFirm(command.firmId(), command.firmName());
    }
    cases.add(caseFile);
    cases.addEvent(CaseEvent.recorded(caseFile));
    notify.toRole(
        Role.TRIAGE_OFFICER,
        null,
        caseFile.getRecordedBy(),
        "notice.case.new",
        List.of(caseFile.getTrackingNumber(), caseFile.getTitle()),
        caseFile.getId());
    return views.detail(caseFile, caller);
  }

  private Category category(Long id) {
    if (id == null) {
      return null;
    }
    Category category =
        categories
            .find(id)
            .filter(Category::isVisible)
            .orElseThrow(() -> InputValidation.invalid("categoryId", "case.category.unknown"));
    if (!category.isClassifiable()) {
      throw InputValidation.invalid("categoryId", "case.category.level");
    }
    return category;
  }
}
