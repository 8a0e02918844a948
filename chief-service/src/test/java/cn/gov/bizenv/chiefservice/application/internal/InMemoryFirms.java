package cn.gov.bizenv.chiefservice.application.internal;

import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.chiefservice.domain.model.firm.Firm;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmCriteria;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmOfficer;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmRepository;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import cn.gov.bizenv.chiefservice.domain.model.firm.Industry;
import cn.gov.bizenv.chiefservice.domain.model.firm.UnifiedSocialCreditCode;
import cn.gov.bizenv.chiefservice.domain.model.policy.FirmProfile;
import cn.gov.bizenv.chiefservice.domain.model.policy.PolicyMatcher;
import cn.gov.bizenv.chiefservice.domain.model.policy.PolicyTarget;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Firms in memory, in the order registered. A policy target reaches them as the database query
 * does: by the domain's {@link PolicyMatcher}, with districts as their ids' decimal strings.
 */
public final class InMemoryFirms implements FirmRepository {
  private static final UnifiedSocialCreditCode CODE =
      UnifiedSocialCreditCode.parse("91350100M000100Y43");
  private static final PolicyMatcher MATCHER = new PolicyMatcher();

  private final InMemoryTable<Firm> table = new InMemoryTable<>();
  private final Map<String, Industry> industries = new LinkedHashMap<>();

  public InMemoryFirms() {
    industries.put("C", new Industry("C", "制造业", 1));
    industries.put("I", new Industry("I", "信息传输、软件和信息技术服务业", 2));
  }

  /** A firm of the industry ({@code C} or {@code I}), served by the officer when one is given. */
  public Firm register(
      String name,
      String industry,
      FirmSize size,
      long districtId,
      Long officerId,
      String... tags) {
    Firm firm = new Firm(name, CODE, industry, size, districtId, FakeCaseTracking.NOW);
    firm.retag(List.of(tags));
    if (officerId != null) {
      firm.assignOfficer(officerId, FakeCaseTracking.NOW);
    }
    add(firm);
    return firm;
  }

  @Override
  public Optional<Firm> find(long id) {
    return table.find(id);
  }

  @Override
  public void add(Firm firm) {
    table.add(firm);
  }

  @Override
  public List<Firm> findMatching(PolicyTarget target, Long officerId, PageRequest page) {
    return matching(target, officerId).stream().skip(page.offset()).limit(page.limit()).toList();
  }

  @Override
  public long countMatching(PolicyTarget target, Long officerId) {
    return matching(target, officerId).size();
  }

  private List<Firm> matching(PolicyTarget target, Long officerId) {
    return table
        .rows()
        .filter(firm -> officerId == null || officerId.equals(firm.getOfficerId()))
        .filter(firm -> MATCHER.match(target, profile(firm)).matches())
        .toList();
  }

  private static FirmProfile profile(Firm firm) {
    return new FirmProfile(
        firm.getIndustryCode(),
        firm.getSize(),
        String.valueOf(firm.getDistrictId()),
        firm.getTags(),
        firm.isKeyProject());
  }

  @Override
  public Map<Long, Set<String>> tagsOf(Collection<Long> firmIds) {
    return firmIds.stream()
        .map(this::find)
        .flatMap(Optional::stream)
        .collect(Collectors.toMap(Firm::getId, Firm::getTags));
  }

  @Override
  public List<FirmOfficer> allMatching(PolicyTarget target) {
    return matching(target, null).stream()
        .map(firm -> new FirmOfficer(firm.getId(), firm.getOfficerId()))
        .toList();
  }

  @Override
  public Firm reference(long id) {
    return find(id).orElseThrow();
  }

  @Override
  public List<Industry> industries() {
    return List.copyOf(industries.values());
  }

  @Override
  public Optional<Industry> industry(String code) {
    return Optional.ofNullable(industries.get(code));
  }

  @Override
  public void flush() {}

  @Override
  public Optional<Firm> findByCreditCode(String creditCode) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<Firm> find(FirmCriteria criteria, PageRequest page) {
    throw new UnsupportedOperationException();
  }

  @Override
  public long count(FirmCriteria criteria) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Map<Long, long[]> loadsByOfficer(LocalDate today) {
    throw new UnsupportedOperationException();
  }
}
