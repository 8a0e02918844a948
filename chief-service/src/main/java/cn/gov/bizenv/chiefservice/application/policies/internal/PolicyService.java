package cn.gov.bizenv.chiefservice.application.policies.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.chiefservice.application.firms.FirmRegister;
import cn.gov.bizenv.chiefservice.application.firms.internal.FirmService;
import cn.gov.bizenv.chiefservice.application.internal.Names;
import cn.gov.bizenv.chiefservice.application.internal.ScopedCaller;
import cn.gov.bizenv.chiefservice.application.internal.ScopedCallers;
import cn.gov.bizenv.chiefservice.application.policies.CriterionHit;
import cn.gov.bizenv.chiefservice.application.policies.PolicyDetail;
import cn.gov.bizenv.chiefservice.application.policies.PolicyForFirm;
import cn.gov.bizenv.chiefservice.application.policies.PolicyInput;
import cn.gov.bizenv.chiefservice.application.policies.PolicyLibrary;
import cn.gov.bizenv.chiefservice.application.policies.PolicyMatch;
import cn.gov.bizenv.chiefservice.application.policies.PolicySummary;
import cn.gov.bizenv.chiefservice.application.policies.PushOutcome;
import cn.gov.bizenv.chiefservice.domain.model.delivery.Delivery;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryRepository;
import cn.gov.bizenv.chiefservice.domain.model.firm.Firm;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmOfficer;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmRepository;
import cn.gov.bizenv.chiefservice.domain.model.policy.CriterionResult;
import cn.gov.bizenv.chiefservice.domain.model.policy.FirmProfile;
import cn.gov.bizenv.chiefservice.domain.model.policy.MatchResult;
import cn.gov.bizenv.chiefservice.domain.model.policy.Policy;
import cn.gov.bizenv.chiefservice.domain.model.policy.PolicyMatcher;
import cn.gov.bizenv.chiefservice.domain.model.policy.PolicyRepository;
import cn.gov.bizenv.chiefservice.domain.model.policy.PolicyTarget;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The policy library and the push. Administrators act for the policy office: they add, edit and
 * push policies. Leaders and officers read the library and the firms a policy reaches (an officer
 * only their own firms). Matching runs in the database; {@link PolicyMatcher} then explains each
 * match, criterion by criterion, on the page that shows it.
 */
@Stateless
@RolesAllowed({ADMINISTRATOR, LEADER, CHIEF_SERVICE_OFFICER})
public class PolicyService implements PolicyLibrary {
  private static final PolicyMatcher MATCHER = new PolicyMatcher();

  @Inject PolicyRepository policies;
  @Inject FirmRepository firms;
  @Inject DeliveryRepository deliveries;
  @Inject FirmRegister register;
  @Inject InputValidation validation;
  @Inject PortalClock clock;
  @Inject ScopedCallers callers;
  @Inject Names names;

  @Override
  public Page<PolicySummary> find(String text, PageRequest page) {
    return new Page<>(policies.find(text, page), policies.count(text)).map(PolicyService::summary);
  }

  @Override
  public PolicyDetail get(long id) {
    return detail(load(id));
  }

  @Override
  @RolesAllowed(ADMINISTRATOR)
  public PolicyDetail add(PolicyInput input) {
    check(input);
    Policy policy =
        new Policy(
            input.title(),
            input.issuer(),
            input.effectiveOn(),
            input.applicationFree(),
            clock.now());
    apply(policy, input);
    policies.add(policy);
    policies.flush();
    return detail(policy);
  }

  @Override
  @RolesAllowed(ADMINISTRATOR)
  public PolicyDetail update(long id, PolicyInput input) {
    Policy policy = load(id);
    check(input);
    if (input.version() == null || input.version() != policy.getVersion()) {
      throw ConflictException.staleVersion();
    }
    apply(policy, input);
    policies.flush();
    return detail(policy);
  }

  @Override
  public Page<PolicyMatch> matches(long policyId, PageRequest page) {
    Policy policy = load(policyId);
    ScopedCaller caller = callers.current();
    Long officer = caller.seesAll() ? null : caller.scopeOfficerId();
    PolicyTarget target = policy.target();
    List<Firm> found = firms.findMatching(target, officer, page);
    Map<Long, String> units = names.units();
    Map<String, String> industries = names.industries();
    Map<Long, String> officers = names.officers(found.stream().map(Firm::getOfficerId).toList());
    // One query for the page's tags rather than one per firm.
    Map<Long, Set<String>> tags = firms.tagsOf(found.stream().map(Firm::getId).toList());
    List<PolicyMatch> rows =
        found.stream()
            .map(
                firm ->
                    new PolicyMatch(
                        firm.getId(),
                        firm.getName(),
                        industries.get(firm.getIndustryCode()),
                        firm.getSize(),
                        names.unit(units, firm.getDistrictId()),
                        firm.isKeyProject(),
                        officers.get(firm.getOfficerId()),
                        explain(
                            target,
                            firm,
                            tags.getOrDefault(firm.getId(), Set.of()),
                            units,
                            industries)))
            .toList();
    return new Page<>(rows, firms.countMatching(target, officer));
  }

  @Override
  @RolesAllowed(ADMINISTRATOR)
  public PushOutcome push(long policyId) {
    Policy policy = load(policyId);
    LocalDate today = clock.now().toLocalDate();
    if (policy.getExpiresOn() != null && policy.getExpiresOn().isBefore(today)) {
      throw new RuleViolationException("policy.push.expired");
    }
    String by = callers.current().username();
    List<FirmOfficer> matched = firms.allMatching(policy.target());
    Set<Long> reached = deliveries.firmsReached(policyId);
    int created = 0;
    int withoutOfficer = 0;
    for (FirmOfficer firm : matched) {
      if (reached.contains(firm.firmId())) {
        continue;
      }
      deliveries.add(new Delivery(policy, firms.reference(firm.firmId()), today, by));
      created++;
      if (firm.officerId() == null) {
        withoutOfficer++;
      }
    }
    policy.pushed(by, clock.now());
    deliveries.flush();
    return new PushOutcome(matched.size(), created, matched.size() - created, withoutOfficer);
  }

  @Override
  public List<PolicyForFirm> forFirm(long firmId) {
    Firm firm = FirmService.visibleFirm(firms, callers.current(), firmId);
    Map<Long, String> units = names.units();
    Map<String, String> industries = names.industries();
    List<PolicyForFirm> applying = new ArrayList<>();
    for (Policy policy : policies.inForceOn(clock.now().toLocalDate())) {
      MatchResult result = MATCHER.match(policy.target(), profile(firm));
      if (result.matches()) {
        applying.add(
            new PolicyForFirm(
                summary(policy), hits(result, firm, firm.getTags(), units, industries)));
      }
    }
    return applying;
  }

  private List<CriterionHit> explain(
      PolicyTarget target,
      Firm firm,
      Set<String> tags,
      Map<Long, String> units,
      Map<String, String> industries) {
    return hits(MATCHER.match(target, profile(firm, tags)), firm, tags, units, industries);
  }

  private List<CriterionHit> hits(
      MatchResult result,
      Firm firm,
      Set<String> tags,
      Map<Long, String> units,
      Map<String, String> industries) {
    return result.criteria().stream()
        .map(
            criterion ->
                new CriterionHit(
                    criterion.criterion(),
                    !CriterionResult.ANY.equals(criterion.detail()),
                    criterion.hit(),
                    switch (criterion.criterion()) {
                      case INDUSTRY -> industries.get(firm.getIndustryCode());
                      case SIZE -> firm.getSize().name();
                      case DISTRICT -> names.unit(units, firm.getDistrictId());
                      case TAGS -> String.join(", ", tags);
                      case KEY_PROJECT -> Boolean.toString(firm.isKeyProject());
                    }))
        .toList();
  }

  static FirmProfile profile(Firm firm) {
    return profile(firm, firm.getTags());
  }

  static FirmProfile profile(Firm firm, Set<String> tags) {
    return new FirmProfile(
        firm.getIndustryCode(),
        firm.getSize(),
        String.valueOf(firm.getDistrictId()),
        tags,
        firm.isKeyProject());
  }

  private void check(PolicyInput input) {
    if (input == null) {
      throw InvalidInputException.of("", "input.missing");
    }
    List<FieldViolation> problems = new ArrayList<>();
    try {
      validation.check(input);
    } catch (InvalidInputException invalid) {
      problems.addAll(invalid.violations());
    }
    Policy.datesProblem(input.effectiveOn(), input.expiresOn(), input.applicationDeadline())
        .ifPresent(problems::add);
    if (input.industries() != null
        && input.industries().stream()
            .anyMatch(code -> code == null || firms.industry(code.strip()).isEmpty())) {
      problems.add(new FieldViolation("industries", "policy.industries.unknown", Map.of()));
    }
    if (input.districts() != null && !input.districts().isEmpty()) {
      Set<Long> known = register.districts().stream().map(UnitView::id).collect(Collectors.toSet());
      if (!known.containsAll(input.districts())) {
        problems.add(new FieldViolation("districts", "policy.districts.unknown", Map.of()));
      }
    }
    if (Firm.normaliseTags(input.tags()).stream().anyMatch(tag -> tag.length() > Firm.TAG_MAX)) {
      problems.add(new FieldViolation("tags", "firm.tag.size", Map.of("max", Firm.TAG_MAX)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          problems.stream().sorted(Comparator.comparing(FieldViolation::field)).toList());
    }
  }

  private static void apply(Policy policy, PolicyInput input) {
    policy.describe(
        input.title(), input.issuer(), input.documentNumber(), input.summary(), input.fullText());
    policy.schedule(input.effectiveOn(), input.expiresOn(), input.applicationDeadline());
    policy.makeApplicationFree(input.applicationFree());
    policy.retarget(
        input.industries(),
        input.sizes(),
        input.districts(),
        Firm.normaliseTags(input.tags()),
        input.keyProjectsOnly());
  }

  private Policy load(long id) {
    return policies.find(id).orElseThrow(() -> new NotFoundException("policy", id));
  }

  static PolicySummary summary(Policy policy) {
    return new PolicySummary(
        policy.getId(),
        policy.getTitle(),
        policy.getIssuer(),
        policy.getDocumentNumber(),
        policy.getEffectiveOn(),
        policy.getExpiresOn(),
        policy.isApplicationFree(),
        policy.getPushedAt());
  }

  private PolicyDetail detail(Policy policy) {
    Map<String, String> industries = names.industries();
    Map<Long, String> units = names.units();
    List<String> industryCodes = List.copyOf(policy.getIndustries());
    List<Long> districtIds = List.copyOf(policy.getDistricts());
    return new PolicyDetail(
        policy.getId(),
        policy.getTitle(),
        policy.getIssuer(),
        policy.getDocumentNumber(),
        policy.getEffectiveOn(),
        policy.getExpiresOn(),
        policy.getApplicationDeadline(),
        policy.getSummary(),
        policy.getFullText(),
        policy.isApplicationFree(),
        industryCodes,
        industryCodes.stream().map(industries::get).toList(),
        List.copyOf(policy.getSizes()),
        districtIds,
        districtIds.stream().map(id -> names.unit(units, id)).toList(),
        List.copyOf(policy.getTags()),
        policy.isKeyProjectsOnly(),
        policy.getPushedAt(),
        policy.getPushedBy(),
        policy.getVersion());
  }
}
