package cn.gov.bizenv.chiefservice.application.firms.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.directory.UnitDirectory;
import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.chiefservice.application.firms.FirmDetail;
import cn.gov.bizenv.chiefservice.application.firms.FirmInput;
import cn.gov.bizenv.chiefservice.application.firms.FirmRegister;
import cn.gov.bizenv.chiefservice.application.firms.FirmSummary;
import cn.gov.bizenv.chiefservice.application.firms.IndustryView;
import cn.gov.bizenv.chiefservice.application.internal.ScopedCaller;
import cn.gov.bizenv.chiefservice.application.internal.ScopedCallers;
import cn.gov.bizenv.chiefservice.domain.model.firm.Firm;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmCriteria;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmRepository;
import cn.gov.bizenv.chiefservice.domain.model.firm.UnifiedSocialCreditCode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The firm register. Administrators register and edit firms (the city's business environment office
 * keeps the register; no other role may change it); leaders read every firm; a chief service
 * officer reads only the firms they serve, and another officer's firm is not found.
 */
@Stateless
@RolesAllowed({ADMINISTRATOR, LEADER, CHIEF_SERVICE_OFFICER})
public class FirmService implements FirmRegister {
  @Inject FirmRepository firms;
  @Inject UnitDirectory units;
  @Inject InputValidation validation;
  @Inject PortalClock clock;
  @Inject ScopedCallers callers;
  @Inject FirmViews views;

  @Override
  public Page<FirmSummary> find(FirmCriteria criteria, PageRequest page) {
    FirmCriteria scoped = scope(criteria == null ? FirmCriteria.any() : criteria);
    List<Firm> found = firms.find(scoped, page);
    return new Page<>(views.summaries(found, clock.now().toLocalDate()), firms.count(scoped));
  }

  @Override
  public FirmDetail get(long id) {
    return views.detail(visibleFirm(firms, callers.current(), id), clock.now().toLocalDate());
  }

  @Override
  @RolesAllowed(ADMINISTRATOR)
  public FirmDetail register(FirmInput input) {
    UnifiedSocialCreditCode code = checked(input, null);
    Firm firm =
        new Firm(
            input.name(),
            code,
            input.industryCode(),
            input.size(),
            input.districtId(),
            clock.now());
    apply(firm, input);
    firms.add(firm);
    firms.flush();
    return views.detail(firm, clock.now().toLocalDate());
  }

  @Override
  @RolesAllowed(ADMINISTRATOR)
  public FirmDetail update(long id, FirmInput input) {
    Firm firm = firms.find(id).orElseThrow(() -> new NotFoundException("firm", id));
    UnifiedSocialCreditCode code = checked(input, id);
    if (input.version() == null || firm.getVersion() != input.version()) {
      throw ConflictException.staleVersion();
    }
    firm.rename(input.name());
    firm.correctCreditCode(code);
    firm.classify(input.industryCode(), input.size(), input.districtId());
    apply(firm, input);
    firms.flush();
    return views.detail(firm, clock.now().toLocalDate());
  }

  @Override
  public List<IndustryView> industries() {
    return firms.industries().stream()
        .map(i -> new IndustryView(i.getCode(), i.getName()))
        .toList();
  }

  @Override
  public List<UnitView> districts() {
    return units.activeUnits().stream()
        .filter(unit -> unit.kind() == UnitKind.COUNTY_OR_DISTRICT)
        .toList();
  }

  private void apply(Firm firm, FirmInput input) {
    firm.describe(input.address(), input.contactName(), input.contactPhone());
    firm.markKeyProject(input.keyProject());
    firm.retag(input.tags());
    firm.belongTo(input.parentId() == null ? null : firms.find(input.parentId()).orElseThrow());
    firm.expectVisitsEvery(
        input.visitIntervalDays() == null
            ? Firm.DEFAULT_VISIT_INTERVAL_DAYS
            : input.visitIntervalDays());
  }

  /**
   * Every field rule at once, so that the form shows each problem next to its field: Bean
   * Validation's, the credit code's (with the character at fault), and the references to the
   * industry, the district and the parent firm. A code another firm has is a conflict.
   */
  private UnifiedSocialCreditCode checked(FirmInput input, Long exceptId) {
    if (input == null) {
      throw InvalidInputException.of("", "input.missing");
    }
    List<FieldViolation> problems = new ArrayList<>();
    try {
      validation.check(input);
    } catch (InvalidInputException invalid) {
      problems.addAll(invalid.violations());
    }
    CreditCodeFields.check(input.creditCode(), "creditCode").ifPresent(problems::add);
    if (input.industryCode() != null
        && !input.industryCode().isBlank()
        && firms.industry(input.industryCode()).isEmpty()) {
      problems.add(new FieldViolation("industryCode", "firm.industry.unknown", Map.of()));
    }
    if (input.districtId() != null
        && districts().stream().noneMatch(d -> d.id() == input.districtId())) {
      problems.add(new FieldViolation("districtId", "firm.district.unknown", Map.of()));
    }
    Set<String> tags = Firm.normaliseTags(input.tags());
    if (tags.stream().anyMatch(tag -> tag.length() > Firm.TAG_MAX)) {
      problems.add(new FieldViolation("tags", "firm.tag.size", Map.of("max", Firm.TAG_MAX)));
    }
    if (input.parentId() != null) {
      boolean validParent =
          !input.parentId().equals(exceptId)
              && firms
                  .find(input.parentId())
                  .filter(parent -> parent.getParent() == null)
                  .isPresent();
      if (!validParent) {
        problems.add(new FieldViolation("parentId", "firm.parent.invalid", Map.of()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          problems.stream().sorted(Comparator.comparing(FieldViolation::field)).toList());
    }
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(input.creditCode());
    firms
        .findByCreditCode(code.value())
        .filter(other -> !other.getId().equals(exceptId))
        .ifPresent(
            other -> {
              throw new ConflictException("firm.creditCode.taken", code.value(), other.getName());
            });
    return code;
  }

  private FirmCriteria scope(FirmCriteria criteria) {
    ScopedCaller caller = callers.current();
    return caller.seesAll() ? criteria : criteria.restrictedToOfficer(caller.scopeOfficerId());
  }

  /**
   * The firm if the caller may see it; otherwise not found, so that its existence is not revealed.
   */
  public static Firm visibleFirm(FirmRepository firms, ScopedCaller caller, long id) {
    return firms
        .find(id)
        .filter(firm -> caller.sees(firm.getOfficerId()))
        .orElseThrow(() -> new NotFoundException("firm", id));
  }
}
