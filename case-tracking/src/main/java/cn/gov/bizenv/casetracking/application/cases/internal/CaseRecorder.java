package cn.gov.bizenv.casetracking.application.cases.internal;

import cn.gov.bizenv.casetracking.application.cases.NewCase;
import cn.gov.bizenv.casetracking.application.notifications.internal.NotificationSender;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEvent;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import cn.gov.bizenv.casetracking.domain.model.casefile.IntakeDetails;
import cn.gov.bizenv.casetracking.domain.model.category.Category;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryRepository;
import cn.gov.bizenv.casetracking.domain.model.intake.IntakeBatch;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitRepository;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The intake steps every entry shares, whoever calls: validated, numbered, with the first event of
 * the timeline, and announced in the triage officers' bells. The entries ({@link CaseIntakeService}
 * for staff, {@code PublicMailboxService} for the public) decide who may call and who recorded it.
 */
@ApplicationScoped
public class CaseRecorder {
  @Inject CaseFileRepository cases;
  @Inject UnitRepository units;
  @Inject CategoryRepository categories;
  @Inject InputValidation validation;
  @Inject PortalClock clock;
  @Inject NotificationSender notify;

  /**
   * A command as checked: every problem found, and the unit and category it names when they may be
   * used, looked up once for the check and the recording alike.
   */
  public record CheckedCase(
      NewCase command, Unit unit, Category category, List<FieldViolation> problems) {
    public CheckedCase {
      problems = List.copyOf(problems);
    }

    /** The checked command; refused with all its problems, field by field, when it has any. */
    public CheckedCase orRefuse() {
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      return this;
    }
  }

  /** Records the case in the caller's transaction. */
  public CaseFile record(NewCase command, String recordedBy) {
    return record(command, recordedBy, null);
  }

  /**
   * Records the case in the caller's transaction, as part of {@code batch} when it is not null. A
   * batch's cases are announced once for the whole batch by its importer, not one bell per case.
   */
  public CaseFile record(NewCase command, String recordedBy, IntakeBatch batch) {
    return record(check(command).orRefuse(), recordedBy, batch);
  }

  /** Records a command already checked without problems; see {@link #record(NewCase, String)}. */
  public CaseFile record(CheckedCase checked, String recordedBy, IntakeBatch batch) {
    NewCase command = checked.orRefuse().command();
    CaseFile caseFile =
        new CaseFile(
            command.channel(),
            command.title(),
            command.content(),
            checked.unit(),
            clock.now(),
            recordedBy);
    caseFile.classify(checked.category());
    if (command.firmId() != null && command.firmName() != null && !command.firmName().isBlank()) {
      caseFile.concernFirm(command.firmId(), command.firmName());
    }
    caseFile.referToProposal(
        command.proposerName(), command.proposalNumber(), command.proposalSession());
    caseFile.recordWriter(command.writerName(), command.writerPhone(), command.writerIdNumber());
    if (batch != null) {
      caseFile.arrivedWith(batch);
    }
    cases.add(caseFile);
    cases.addEvent(CaseEvent.recorded(caseFile));
    if (batch == null) {
      notify.toRole(
          Role.TRIAGE_OFFICER,
          null,
          caseFile.getRecordedBy(),
          "notice.case.new",
          List.of(caseFile.getTrackingNumber(), caseFile.getTitle()),
          caseFile.getId());
    }
    return caseFile;
  }

  /**
   * Everything wrong with the command, field by field, without storing anything: the command's own
   * rules, the channel's details, and whether its unit and category exist and may be used. The
   * batch import previews its rows with it, so a row passes the same checks as the form.
   */
  public List<FieldViolation> problems(NewCase command) {
    return check(command).problems();
  }

  /** Checks the command, reading its unit and category once. */
  public CheckedCase check(NewCase command) {
    if (command == null) {
      throw InvalidInputException.of("", "input.missing");
    }
    List<FieldViolation> problems = new ArrayList<>(validation.violations(command));
    problems.addAll(
        IntakeDetails.proposalProblems(
            command.channel(),
            command.proposerName(),
            command.proposalNumber(),
            command.proposalSession()));
    problems.addAll(
        IntakeDetails.writerProblems(
            command.writerName(), command.writerPhone(), command.writerIdNumber()));
    Unit unit = null;
    if (command.concernedUnitId() != null) {
      unit = units.find(command.concernedUnitId()).filter(Unit::isActive).orElse(null);
      if (unit == null) {
        problems.add(new FieldViolation("concernedUnitId", "case.unit.unknown", Map.of()));
      }
    }
    Category category = null;
    if (command.categoryId() != null) {
      try {
        category = category(command.categoryId());
      } catch (InvalidInputException wrong) {
        problems.addAll(wrong.violations());
      }
    }
    return new CheckedCase(command, unit, category, problems);
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
