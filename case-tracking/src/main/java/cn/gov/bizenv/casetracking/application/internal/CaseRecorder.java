package cn.gov.bizenv.casetracking.application.internal;

import cn.gov.bizenv.casetracking.application.NewCase;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEvent;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import cn.gov.bizenv.casetracking.domain.model.category.Category;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryRepository;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The intake steps every entry shares, whoever calls: validated, numbered, with the first event of
 * the timeline, and announced in the triage officers' bells. The entries ({@link CaseIntakeService}
 * for staff, {@link PublicMailboxService} for the public) decide who may call and who recorded it.
 */
@ApplicationScoped
public class CaseRecorder {
  @Inject CaseFileRepository cases;
  @Inject UnitRepository units;
  @Inject CategoryRepository categories;
  @Inject InputValidation validation;
  @Inject PortalClock clock;
  @Inject NotificationSender notify;

  /** Records the case in the caller's transaction. */
  public CaseFile record(NewCase command, String recordedBy) {
    validation.check(command);
    Unit unit =
        units
            .find(command.concernedUnitId())
            .filter(Unit::isActive)
            .orElseThrow(() -> InputValidation.invalid("concernedUnitId", "case.unit.unknown"));
    CaseFile caseFile =
        new CaseFile(
            command.channel(), command.title(), command.content(), unit, clock.now(), recordedBy);
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
    return caseFile;
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
