package cn.gov.bizenv.chiefservice.application.policies.internal;

import static cn.gov.bizenv.chiefservice.application.internal.FakeCaseTracking.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.chiefservice.application.firms.FirmDetail;
import cn.gov.bizenv.chiefservice.application.firms.FirmInput;
import cn.gov.bizenv.chiefservice.application.firms.FirmRegister;
import cn.gov.bizenv.chiefservice.application.firms.FirmSummary;
import cn.gov.bizenv.chiefservice.application.firms.IndustryView;
import cn.gov.bizenv.chiefservice.application.internal.FakeCaseTracking;
import cn.gov.bizenv.chiefservice.application.internal.InMemoryFirms;
import cn.gov.bizenv.chiefservice.application.internal.InMemoryTable;
import cn.gov.bizenv.chiefservice.application.internal.Persisted;
import cn.gov.bizenv.chiefservice.application.policies.CriterionHit;
import cn.gov.bizenv.chiefservice.application.policies.PolicyDetail;
import cn.gov.bizenv.chiefservice.application.policies.PolicyInput;
import cn.gov.bizenv.chiefservice.application.policies.PolicyMatch;
import cn.gov.bizenv.chiefservice.application.policies.PushOutcome;
import cn.gov.bizenv.chiefservice.domain.model.delivery.Delivery;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryCriteria;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryRepository;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryState;
import cn.gov.bizenv.chiefservice.domain.model.delivery.ReachCount;
import cn.gov.bizenv.chiefservice.domain.model.delivery.ReachGrouping;
import cn.gov.bizenv.chiefservice.domain.model.firm.Firm;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmCriteria;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import cn.gov.bizenv.chiefservice.domain.model.policy.Criterion;
import cn.gov.bizenv.chiefservice.domain.model.policy.Policy;
import cn.gov.bizenv.chiefservice.domain.model.policy.PolicyRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The policy library's decisions without a container: which firms a policy reaches and why, what a
 * push creates, who sees which matches, and which field a refused policy names. Repositories are
 * in-memory fakes; a target reaches firms by the domain's matcher, as the database query does.
 */
class PolicyServiceTest {
  static final LocalDate TODAY = NOW.toLocalDate();

  final FakeCaseTracking caseTracking = new FakeCaseTracking();
  final InMemoryFirms firms = new InMemoryFirms();
  final InMemoryPolicies policies = new InMemoryPolicies();
  final InMemoryDeliveries deliveries = new InMemoryDeliveries();
  final UnitView huaLong = caseTracking.district("华龙区");
  final UnitView fanXian = caseTracking.district("范县");
  final long zhao = caseTracking.officer("officer", "赵磊").id();
  final long sun = caseTracking.officer("officer2", "孙悦").id();
  final Firm software =
      firms.register("濮阳某某科技有限公司", "I", FirmSize.SMALL, huaLong.id(), zhao, "高新技术企业");
  final Firm chemicals =
      firms.register("濮阳某某化工有限公司", "C", FirmSize.MEDIUM, huaLong.id(), sun, "高新技术企业");
  final Firm unserved =
      firms.register("范县某某电子有限公司", "I", FirmSize.MICRO, fanXian.id(), null, "高新技术企业");
  final Firm untagged = firms.register("华龙区某某商贸有限公司", "I", FirmSize.SMALL, huaLong.id(), zhao);

  PolicyService service;

  @BeforeEach
  void wire() {
    service = new PolicyService();
    service.policies = policies;
    service.firms = firms;
    service.deliveries = deliveries;
    service.register = new Districts();
    service.validation = FakeCaseTracking.validation();
    service.clock = caseTracking.clock();
    service.callers = caseTracking.scopedCallers();
    service.names = caseTracking.names(firms);
    caseTracking.signIn("admin", Role.ADMINISTRATOR);
  }

  /** 高新技术企业研发费用补助: for tagged firms of the given industries, anywhere, any size. */
  static PolicyInput forHighTech(List<String> industries, List<Long> districts) {
    return new PolicyInput(
        "高新技术企业研发费用补助",
        "市科学技术局",
        "濮科〔2026〕3号",
        TODAY.minusMonths(1),
        TODAY.plusYears(1),
        null,
        "对高新技术企业研发投入给予补助。",
        null,
        false,
        industries,
        List.of(),
        districts,
        List.of("高新技术企业"),
        false,
        null);
  }

  @Test
  void aPolicyReachesTheFirmsItsTargetMatchesEachWithWhy() {
    long policy = service.add(forHighTech(List.of("I"), List.of())).id();

    Page<PolicyMatch> matches = service.matches(policy, PageRequest.first(10));

    assertEquals(2, matches.total());
    assertEquals(
        List.of("濮阳某某科技有限公司", "范县某某电子有限公司"),
        matches.items().stream().map(PolicyMatch::firmName).toList());
    PolicyMatch first = matches.items().get(0);
    assertEquals("信息传输、软件和信息技术服务业", first.industryName());
    assertEquals("华龙区", first.districtName());
    assertEquals("赵磊", first.officerName());
    assertEquals(
        List.of(
            new CriterionHit(Criterion.INDUSTRY, true, true, "信息传输、软件和信息技术服务业"),
            new CriterionHit(Criterion.SIZE, false, true, "SMALL"),
            new CriterionHit(Criterion.DISTRICT, false, true, "华龙区"),
            new CriterionHit(Criterion.TAGS, true, true, "高新技术企业"),
            new CriterionHit(Criterion.KEY_PROJECT, false, true, "false")),
        first.criteria(),
        "restricted criteria are told apart from open ones");
  }

  @Test
  void anOfficerSeesOnlyTheirOwnFirmsAmongTheMatches() {
    long policy = service.add(forHighTech(List.of(), List.of())).id();
    assertEquals(3, service.matches(policy, PageRequest.first(10)).total());

    caseTracking.signIn("officer", Role.CHIEF_SERVICE_OFFICER);
    Page<PolicyMatch> own = service.matches(policy, PageRequest.first(10));

    assertEquals(1, own.total());
    assertEquals(software.getId(), own.items().get(0).firmId());
    caseTracking.signIn("leader", Role.LEADER);
    assertEquals(3, service.matches(policy, PageRequest.first(10)).total());
  }

  @Test
  void aPushCreatesOneDeliveryPerMatchedFirmAndAgainOnlyForNewMatches() {
    long policy = service.add(forHighTech(List.of("I"), List.of())).id();

    PushOutcome first = service.push(policy);

    assertEquals(new PushOutcome(2, 2, 0, 1), first, "the firm without an officer waits for one");
    assertEquals(Set.of(software.getId(), unserved.getId()), deliveries.firmsReached(policy));
    assertEquals(
        List.of(DeliveryState.PUSHED, DeliveryState.PUSHED),
        deliveries.all.stream().map(Delivery::getState).toList());
    assertEquals(TODAY, deliveries.all.get(0).getPushedOn());
    assertEquals("admin", policies.find(policy).orElseThrow().getPushedBy());

    untagged.retag(List.of("高新技术企业"));
    PushOutcome again = service.push(policy);

    assertEquals(new PushOutcome(3, 1, 2, 0), again);
    assertEquals(3, deliveries.all.size());
  }

  @Test
  void anExpiredPolicyIsNotPushed() {
    PolicyInput expired =
        new PolicyInput(
            "小微企业稳岗补贴",
            "市人力资源和社会保障局",
            null,
            TODAY.minusYears(1),
            TODAY.minusDays(1),
            null,
            null,
            null,
            false,
            null,
            null,
            null,
            null,
            false,
            null);
    long policy = service.add(expired).id();

    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> service.push(policy));

    assertEquals("policy.push.expired", refused.messageKey());
    assertEquals(List.of(), deliveries.all);
  }

  @Test
  void everyRefusedFieldIsNamedAtOnceInFieldOrder() {
    PolicyInput wrong =
        new PolicyInput(
            " ",
            "市科学技术局",
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            List.of("I", "Z"),
            List.of(),
            List.of(huaLong.id(), 12345L),
            List.of("标签".repeat(16)),
            false,
            null);

    List<FieldViolation> refused =
        assertThrows(InvalidInputException.class, () -> service.add(wrong)).violations();

    assertEquals(
        List.of(
            "districts policy.districts.unknown",
            "effectiveOn policy.effectiveOn.required",
            "industries policy.industries.unknown",
            "tags firm.tag.size",
            "title policy.title.required"),
        refused.stream().map(v -> v.field() + " " + v.messageKey()).toList());
    assertEquals(
        Map.of("max", Firm.TAG_MAX),
        refused.stream()
            .filter(v -> v.field().equals("tags"))
            .findFirst()
            .orElseThrow()
            .attributes());
    assertEquals(0, policies.table.size());
  }

  @Test
  void anEditNeedsTheVersionRead() {
    PolicyDetail added = service.add(forHighTech(List.of("I"), List.of()));
    Persisted.saved(policies.find(added.id()).orElseThrow(), 1);

    assertThrows(
        ConflictException.class,
        () -> service.update(added.id(), withVersion(forHighTech(List.of("C"), List.of()), 0L)));

    PolicyDetail edited =
        service.update(added.id(), withVersion(forHighTech(List.of("C"), List.of()), 1L));
    assertEquals(List.of("C"), edited.industries());
    assertEquals(List.of("制造业"), edited.industryNames());
  }

  @Test
  void aFirmShowsThePoliciesInForceThatApplyToItForThoseWhoSeeIt() {
    service.add(forHighTech(List.of("I"), List.of(huaLong.id())));
    service.add(forHighTech(List.of("C"), List.of()));

    caseTracking.signIn("officer", Role.CHIEF_SERVICE_OFFICER);

    assertEquals(
        List.of("高新技术企业研发费用补助"),
        service.forFirm(software.getId()).stream().map(p -> p.policy().title()).toList());
    assertEquals(List.of(), service.forFirm(untagged.getId()), "no tag, no policy");
    assertThrows(NotFoundException.class, () -> service.forFirm(chemicals.getId()));
  }

  private static PolicyInput withVersion(PolicyInput input, long version) {
    return new PolicyInput(
        input.title(),
        input.issuer(),
        input.documentNumber(),
        input.effectiveOn(),
        input.expiresOn(),
        input.applicationDeadline(),
        input.summary(),
        input.fullText(),
        input.applicationFree(),
        input.industries(),
        input.sizes(),
        input.districts(),
        input.tags(),
        input.keyProjectsOnly(),
        version);
  }

  /** The register as the policy form asks it: which districts a target may name. */
  final class Districts implements FirmRegister {
    @Override
    public List<UnitView> districts() {
      return caseTracking.units().activeUnits();
    }

    @Override
    public Page<FirmSummary> find(FirmCriteria criteria, PageRequest page) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FirmDetail get(long id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FirmDetail register(FirmInput input) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FirmDetail update(long id, FirmInput input) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<IndustryView> industries() {
      throw new UnsupportedOperationException();
    }
  }

  /** The policy library in memory; ids are given as the database would. */
  static final class InMemoryPolicies implements PolicyRepository {
    final InMemoryTable<Policy> table = new InMemoryTable<>();

    @Override
    public Optional<Policy> find(long id) {
      return table.find(id);
    }

    @Override
    public void add(Policy policy) {
      table.add(policy);
    }

    @Override
    public List<Policy> find(String text, PageRequest page) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long count(String text) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Policy> inForceOn(LocalDate day) {
      return table.rows().filter(p -> p.inForceOn(day)).toList();
    }

    @Override
    public void flush() {}
  }

  /** Deliveries in memory, in the order pushed. */
  static final class InMemoryDeliveries implements DeliveryRepository {
    final List<Delivery> all = new ArrayList<>();

    @Override
    public void add(Delivery delivery) {
      all.add(Persisted.withId(delivery, 1L + all.size()));
    }

    @Override
    public Set<Long> firmsReached(long policyId) {
      return all.stream()
          .filter(d -> d.getPolicy().getId() == policyId)
          .map(d -> d.getFirm().getId())
          .collect(Collectors.toSet());
    }

    @Override
    public Optional<Delivery> find(long id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Delivery> find(DeliveryCriteria criteria, PageRequest page) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long count(DeliveryCriteria criteria) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ReachCount> reach(ReachGrouping grouping, Long policyId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void flush() {}
  }
}
