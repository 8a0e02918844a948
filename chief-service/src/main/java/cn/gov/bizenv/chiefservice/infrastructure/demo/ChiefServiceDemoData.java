package cn.gov.bizenv.chiefservice.infrastructure.demo;

import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.platform.demo.DemoDataSeeded;
import cn.gov.bizenv.chiefservice.domain.model.assignment.Assignment;
import cn.gov.bizenv.chiefservice.domain.model.assignment.AssignmentRepository;
import cn.gov.bizenv.chiefservice.domain.model.delivery.Delivery;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryRepository;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryState;
import cn.gov.bizenv.chiefservice.domain.model.firm.Firm;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmRepository;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import cn.gov.bizenv.chiefservice.domain.model.firm.UnifiedSocialCreditCode;
import cn.gov.bizenv.chiefservice.domain.model.policy.Policy;
import cn.gov.bizenv.chiefservice.domain.model.policy.PolicyRepository;
import cn.gov.bizenv.chiefservice.domain.model.visit.Visit;
import cn.gov.bizenv.chiefservice.domain.model.visit.VisitRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo mode only: when case tracking has seeded its demo units and accounts (which happens once,
 * into an empty database, with {@code PORTAL_DEMO=true}), adds twenty firms in the demo districts
 * with valid credit codes, most served by the demo officer {@code officer}, a few by {@code
 * officer2} and two by nobody; some visits; and two policies, one of them pushed. It runs inside
 * case tracking's seeding transaction, so the demo data is there entirely or not at all.
 *
 * <p>A session bean rather than a plain CDI bean: in an EAR the event arrives from case tracking's
 * module, and only a call through this module's own EJB makes its persistence unit reachable. Open
 * to every caller because start-up has none.
 */
@Stateless
@PermitAll
public class ChiefServiceDemoData {
  private static final Logger LOG = Logger.getLogger(ChiefServiceDemoData.class.getName());

  @Inject FirmRepository firms;
  @Inject AssignmentRepository assignments;
  @Inject VisitRepository visits;
  @Inject PolicyRepository policies;
  @Inject DeliveryRepository deliveries;
  @Inject PortalClock clock;

  /**
   * Name, credit code, industry, size, district, key project, tags, officer, days since last visit.
   */
  private record DemoFirm(
      String name,
      String code,
      String industry,
      FirmSize size,
      String district,
      boolean key,
      Set<String> tags,
      String officer,
      Integer visitedDaysAgo) {}

  private static final List<DemoFirm> FIRMS =
      List.of(
          new DemoFirm(
              "濮阳龙丰纸业有限公司",
              "91410902MAAY4CL12T",
              "C",
              FirmSize.LARGE,
              "华龙区",
              true,
              Set.of("链主企业"),
              "officer",
              12),
          new DemoFirm(
              "濮阳惠成电子材料股份有限公司",
              "91410971MAH3J9HTMQ",
              "C",
              FirmSize.LARGE,
              "开发区",
              true,
              Set.of("专精特新", "高新技术企业"),
              "officer",
              40),
          new DemoFirm(
              "河南绿能新材料科技有限公司",
              "91410971MAAANBKFJK",
              "C",
              FirmSize.MEDIUM,
              "开发区",
              true,
              Set.of("专精特新"),
              "officer",
              5),
          new DemoFirm(
              "濮阳市华信精细化工有限公司",
              "91410902MAHDQAEJXR",
              "C",
              FirmSize.SMALL,
              "华龙区",
              false,
              Set.of("高新技术企业"),
              "officer",
              null),
          new DemoFirm(
              "濮阳中原智能装备有限公司",
              "91410972MA3JJL6B31",
              "C",
              FirmSize.MEDIUM,
              "工业园区",
              true,
              Set.of("专精特新"),
              "officer",
              20),
          new DemoFirm(
              "清丰县家居产业园建设项目",
              "91410922MAH3BJ1XGD",
              "E",
              FirmSize.LARGE,
              "清丰县",
              true,
              Set.of("重点项目"),
              "officer",
              50),
          new DemoFirm(
              "南乐县生物基材料产业园",
              "91410923MA12DD2725",
              "C",
              FirmSize.LARGE,
              "南乐县",
              true,
              Set.of("重点项目", "链主企业"),
              "officer",
              8),
          new DemoFirm(
              "范县黄河农产品加工有限公司",
              "91410926MAD1TJ3Y7X",
              "A",
              FirmSize.SMALL,
              "范县",
              false,
              Set.of(),
              "officer",
              35),
          new DemoFirm(
              "台前县汽车零部件制造有限公司",
              "91410927MALJY1JJC0",
              "C",
              FirmSize.SMALL,
              "台前县",
              false,
              Set.of(),
              "officer",
              null),
          new DemoFirm(
              "濮阳县羽绒制品有限公司",
              "91410928MA71HU49DK",
              "C",
              FirmSize.MICRO,
              "濮阳县",
              false,
              Set.of(),
              "officer",
              3),
          new DemoFirm(
              "濮阳示范区数字科技有限公司",
              "91410973MAN2J1K6FC",
              "I",
              FirmSize.SMALL,
              "示范区",
              false,
              Set.of("高新技术企业"),
              "officer",
              15),
          new DemoFirm(
              "濮阳华龙现代物流有限公司",
              "91410902MAMTE9NCWK",
              "G",
              FirmSize.MEDIUM,
              "华龙区",
              false,
              Set.of(),
              "officer",
              60),
          new DemoFirm(
              "濮阳开发区氢能装备有限公司",
              "91410926MAE9K23GD3",
              "C",
              FirmSize.MICRO,
              "开发区",
              false,
              Set.of("专精特新"),
              "officer",
              null),
          new DemoFirm(
              "清丰县食用菌种植专业合作社",
              "91410922MAB97R5NQK",
              "A",
              FirmSize.MICRO,
              "清丰县",
              false,
              Set.of(),
              "officer",
              25),
          new DemoFirm(
              "南乐县文旅发展有限公司",
              "91410923MA2J9GFWAK",
              "R",
              FirmSize.SMALL,
              "南乐县",
              false,
              Set.of(),
              "officer",
              null),
          new DemoFirm(
              "濮阳市工业园区热力有限公司",
              "91410972MAE2T2Y8F2",
              "D",
              FirmSize.MEDIUM,
              "工业园区",
              true,
              Set.of(),
              "officer2",
              10),
          new DemoFirm(
              "濮阳工业园区新型建材有限公司",
              "91410928MAH8NDBMWP",
              "C",
              FirmSize.SMALL,
              "工业园区",
              false,
              Set.of(),
              "officer2",
              null),
          new DemoFirm(
              "范县黄河湿地生态旅游项目",
              "91410926MACCXUF25D",
              "N",
              FirmSize.MEDIUM,
              "范县",
              true,
              Set.of("重点项目"),
              "officer2",
              45),
          new DemoFirm(
              "台前县羊毛衫电商产业园",
              "91410927MAQA4XFD1W",
              "F",
              FirmSize.SMALL,
              "台前县",
              false,
              Set.of(),
              null,
              null),
          new DemoFirm(
              "示范区人才公寓建设项目",
              "91410973MAM21PN9L5",
              "K",
              FirmSize.MEDIUM,
              "示范区",
              true,
              Set.of("重点项目"),
              null,
              null));

  public void seed(@Observes DemoDataSeeded seeded) {
    LocalDateTime now = clock.now();
    LocalDate today = now.toLocalDate();
    List<Firm> created = new ArrayList<>();
    for (DemoFirm demo : FIRMS) {
      Firm firm =
          new Firm(
              demo.name(),
              UnifiedSocialCreditCode.parse(demo.code()),
              demo.industry(),
              demo.size(),
              seeded.unitIds().get(demo.district()),
              now.minusDays(90));
      firm.markKeyProject(demo.key());
      firm.retag(demo.tags());
      firms.add(firm);
      created.add(firm);
      if (demo.officer() != null) {
        long officer = seeded.accountIds().get(demo.officer());
        LocalDateTime since = now.minusDays(80);
        assignments.add(new Assignment(firm.getId(), officer, since, null, "admin"));
        firm.assignOfficer(officer, since);
        if (demo.visitedDaysAgo() != null) {
          Visit visit =
              new Visit(firm.getId(), officer, today.minusDays(demo.visitedDaysAgo()), now);
          visit.held(
              today.minusDays(demo.visitedDaysAgo()),
              today,
              "企业负责人、办公室主任",
              "了解企业生产经营情况，宣讲惠企政策，企业反映用工和融资方面的需求。");
          visits.add(visit);
          firm.visitedOn(visit.getVisitDate());
        }
      }
    }
    long officer = seeded.accountIds().get("officer");
    Visit planned = new Visit(created.get(3).getId(), officer, today.plusDays(3), now);
    visits.add(planned);
    Visit missed = new Visit(created.get(8).getId(), officer, today.minusDays(2), now);
    missed.notHeld(today.minusDays(2), today, "企业负责人外出洽谈业务，改期走访。");
    visits.add(missed);

    Policy manufacturing =
        new Policy("关于支持制造业企业技术改造的若干措施", "濮阳市工业和信息化局", today.minusDays(30), false, now);
    manufacturing.describe(
        manufacturing.getTitle(),
        manufacturing.getIssuer(),
        "濮工信〔2026〕12号",
        "对年度技术改造投资500万元以上的制造业企业，按设备投资额的10%给予奖补，最高200万元。",
        "一、支持范围：在我市注册的制造业企业……二、奖补标准：……三、申报程序：企业在线申报，县区初审，市级复核。");
    manufacturing.schedule(today.minusDays(30), today.plusDays(335), today.plusDays(60));
    manufacturing.retarget(
        Set.of("C"),
        Set.of(),
        Set.of(seeded.unitIds().get("华龙区"), seeded.unitIds().get("开发区")),
        Set.of(),
        false);
    policies.add(manufacturing);

    Policy socialInsurance =
        new Policy("小微企业社会保险费阶段性减免", "濮阳市人力资源和社会保障局", today.minusDays(10), true, now);
    socialInsurance.describe(
        socialInsurance.getTitle(),
        socialInsurance.getIssuer(),
        "濮人社〔2026〕5号",
        "符合条件的小型、微型企业免申即享社会保险费阶段性减免，由系统直接兑现。",
        null);
    socialInsurance.schedule(today.minusDays(10), today.plusDays(170), null);
    socialInsurance.retarget(
        Set.of(), Set.of(FirmSize.SMALL, FirmSize.MICRO), Set.of(), Set.of(), false);
    policies.add(socialInsurance);

    // The manufacturing policy was pushed a week ago; a few firms got further.
    LocalDate pushedOn = today.minusDays(7);
    int pushed = 0;
    for (Firm firm : created) {
      boolean matches =
          firm.getIndustryCode().equals("C")
              && manufacturing.getDistricts().contains(firm.getDistrictId());
      if (!matches) {
        continue;
      }
      Delivery delivery = new Delivery(manufacturing, firm, pushedOn, "admin");
      if (pushed == 0 || pushed == 1) {
        delivery.advance(DeliveryState.DELIVERED, today.minusDays(5), today, "officer");
      }
      if (pushed == 0) {
        delivery.advance(DeliveryState.ACKNOWLEDGED, today.minusDays(4), today, "officer");
      }
      deliveries.add(delivery);
      pushed++;
    }
    manufacturing.pushed("admin", now.minusDays(7));
    LOG.info(
        "chief service demo data seeded: "
            + created.size()
            + " firms, 2 policies, "
            + pushed
            + " deliveries");
  }

  /** For tests and readers: the demo firms' credit codes are all valid. */
  static List<String> creditCodes() {
    return FIRMS.stream().map(DemoFirm::code).toList();
  }
}
