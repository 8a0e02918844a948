package cn.gov.bizenv.casetracking.infrastructure.demo;

import cn.gov.bizenv.casetracking.application.cases.internal.CaseClock;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.account.Account;
import cn.gov.bizenv.casetracking.domain.model.account.AccountRepository;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseCriteria;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEvent;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEvent.Facts;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseOutcome;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseActions;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseLifecycle;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.Participation;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.Transition;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitRepository;
import cn.gov.bizenv.casetracking.platform.demo.DemoDataSeeded;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode only ({@code PORTAL_DEMO=true}, set by the run command): seeds the leading group office
 * with its 11 special groups, city departments, counties and districts, one account per role and a
 * few cases, once, into an empty database: four waiting for triage, one being handled and one
 * closed, so that every step of the lifecycle can be tried. Production never gets these accounts or
 * their password.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {
  /** The demo accounts' shared password, printed by the run command and listed in the README. */
  public static final String PASSWORD = "Demo@2026";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  static final String OFFICE = "营商环境领导小组办公室";

  @Inject
  @ConfigProperty(name = "portal.demo", defaultValue = "false")
  boolean demo;

  @Inject UnitRepository units;
  @Inject AccountRepository accounts;
  @Inject CaseFileRepository cases;
  @Inject Pbkdf2PasswordHash passwordHash;
  @Inject PortalClock clock;
  @Inject CaseClock caseClock;
  @Inject Event<DemoDataSeeded> seeded;

  private final CaseLifecycle lifecycle = new CaseLifecycle();
  private final Map<String, Account> demoAccounts = new LinkedHashMap<>();

  @PostConstruct
  void seed() {
    if (!demo || units.findByName(OFFICE).isPresent()) {
      return;
    }
    Map<String, Unit> byName = new LinkedHashMap<>();
    LocalDateTime now = clock.now();
    unit(byName, OFFICE, UnitKind.LEADING_GROUP_OFFICE, now);
    for (String group :
        new String[] {
          "政务服务专项小组", "市场准入专项小组", "要素保障专项小组", "惠企政策落实专项小组",
          "涉企执法检查专项小组", "重点项目建设专项小组", "融资服务专项小组", "法治环境专项小组",
          "信用体系建设专项小组", "人才服务专项小组", "清理拖欠企业账款专项小组"
        }) {
      unit(byName, group, UnitKind.SPECIAL_GROUP, now);
    }
    for (String department :
        new String[] {
          "市发展和改革委员会", "市市场监督管理局", "市自然资源和规划局", "市住房和城乡建设局",
          "市人力资源和社会保障局", "市税务局", "市行政审批和政务信息管理局", "市工业和信息化局",
          "市生态环境局", "市公安局"
        }) {
      unit(byName, department, UnitKind.CITY_DEPARTMENT, now);
    }
    for (String county :
        new String[] {"华龙区", "清丰县", "南乐县", "范县", "台前县", "濮阳县", "开发区", "工业园区", "示范区"}) {
      unit(byName, county, UnitKind.COUNTY_OR_DISTRICT, now);
    }

    account("admin", "系统管理员", byName.get(OFFICE), Role.ADMINISTRATOR);
    account("triage", "张敏", byName.get(OFFICE), Role.TRIAGE_OFFICER);
    account("triage2", "王芳", byName.get(OFFICE), Role.TRIAGE_OFFICER);
    account("supervisor", "李强", byName.get(OFFICE), Role.SUPERVISOR);
    account("leader", "王建国", byName.get(OFFICE), Role.LEADER);
    account("unit", "刘洋", byName.get("市市场监督管理局"), Role.UNIT_HANDLER);
    account("county", "陈静", byName.get("华龙区"), Role.UNIT_HANDLER);
    account("officer", "赵磊", byName.get("开发区"), Role.CHIEF_SERVICE_OFFICER);
    account("officer2", "孙悦", byName.get("工业园区"), Role.CHIEF_SERVICE_OFFICER);

    demoCase(
        Channel.MAYOR_MAILBOX,
        "企业开办营业执照办理时间过长",
        "我公司于上月在政务服务中心提交设立登记材料，窗口告知需等待十个工作日，远超承诺时限，影响项目签约，请市长关注。",
        byName.get("市市场监督管理局"),
        now.minusDays(3));
    demoCase(
        Channel.NETIZEN_MESSAGE,
        "工业园区道路破损影响货车通行",
        "工业园区纬二路多处路面塌陷，雨天积水严重，园区企业货车进出困难，希望尽快维修。",
        byName.get("工业园区"),
        now.minusDays(2));
    demoCase(
        Channel.BUSINESS_ENVIRONMENT_COMPLAINT,
        "执法检查频次过高影响正常生产",
        "本月内已有三个部门先后到厂检查同一事项，每次都要求停工配合，希望推行联合检查、一次到位。",
        byName.get("华龙区"),
        now.minusDays(1));
    demoCase(
        Channel.DEPUTY_SUGGESTION,
        "关于优化中小企业融资担保服务的建议",
        "建议设立市级政府性融资担保基金，降低担保费率，简化小微企业反担保要求。",
        byName.get("市发展和改革委员会"),
        now.minusHours(5));
    seedCasesUnderWay(byName.get("市市场监督管理局"), byName.get("华龙区"), now);
    LOG.info(
        "demo data seeded: "
            + byName.size()
            + " units, "
            + demoAccounts.size()
            + " accounts, "
            + cases.count(CaseCriteria.any())
            + " cases");
    // Read the ids now: the cases' flush above has written every unit and account.
    Map<String, Long> unitIds = new HashMap<>();
    byName.forEach((name, unit) -> unitIds.put(name, unit.getId()));
    Map<String, Long> accountIds = new HashMap<>();
    demoAccounts.forEach((username, account) -> accountIds.put(username, account.getId()));
    seeded.fire(new DemoDataSeeded(unitIds, accountIds));
  }

  /** Two cases further along, each step checked by the lifecycle as a real one would be. */
  private void seedCasesUnderWay(Unit market, Unit huaLong, LocalDateTime now) {
    LocalDateTime received = now.minusDays(8);
    CaseFile inProgress =
        demoCase(
            Channel.MAYOR_MAILBOX,
            "食品经营许可证延续办理材料要求不一致",
            "我店申请食品经营许可证延续，市场监管窗口与华龙区政务服务中心要求的材料清单不一致，往返三次仍未办成。",
            market,
            received);
    step(inProgress, CaseAction.ACCEPT, "triage", received.plusHours(2), null, Facts.NONE);
    inProgress.dispatchTo(market, List.of(huaLong));
    caseClock.startAtDispatch(inProgress, received.plusHours(3));
    step(
        inProgress,
        CaseAction.DISPATCH,
        "triage",
        received.plusHours(3),
        "请市市场监督管理局主办、华龙区协办，统一材料清单并答复来信人。",
        Facts.dispatch(market.getName(), List.of(huaLong.getName())));
    step(inProgress, CaseAction.SIGN_FOR, "unit", received.plusDays(1), null, Facts.NONE);
    step(
        inProgress,
        CaseAction.RECORD_PROGRESS,
        "county",
        received.plusDays(2),
        "华龙区政务服务中心已核对窗口材料清单，与市局清单差异两项，已提交市局统一。",
        Facts.NONE);

    received = now.minusDays(20);
    CaseFile closed =
        demoCase(
            Channel.NETIZEN_MESSAGE,
            "老旧小区沿街商铺招牌整治标准不明确",
            "华龙区部分沿街商铺被要求更换招牌，但没有公布统一标准，商户不知如何整改。",
            huaLong,
            received);
    step(closed, CaseAction.ACCEPT, "triage", received.plusHours(1), null, Facts.NONE);
    closed.dispatchTo(huaLong, List.of());
    caseClock.startAtDispatch(closed, received.plusHours(2));
    step(
        closed,
        CaseAction.DISPATCH,
        "triage",
        received.plusHours(2),
        null,
        Facts.dispatch(huaLong.getName(), List.of()));
    step(closed, CaseAction.SIGN_FOR, "county", received.plusDays(1), null, Facts.NONE);
    closed.submitReply(
        "华龙区已制定并公布沿街招牌设置导则，在各街道办事处公示，整改期限延长至三个月，期间不予处罚。", "county", received.plusDays(5));
    step(
        closed,
        CaseAction.SUBMIT_REPLY,
        "county",
        received.plusDays(5),
        closed.getReply().getText(),
        Facts.NONE);
    closed.close(CaseOutcome.SOLVED, received.plusDays(6));
    step(
        closed,
        CaseAction.APPROVE_REPLY_AND_CLOSE,
        "triage",
        received.plusDays(6),
        null,
        Facts.outcome(CaseOutcome.SOLVED));

    seedSupervisionSide(market, now);
  }

  /**
   * What supervision looks like: a case waiting to be signed for, one past its first deadline
   * warning, and one well past its reply deadline, whose ladder steps (催办, 督办单, 通报) the first
   * supervision sweep after seeding raises (DemoSupervisionSweep). The offsets are calendar days
   * chosen so that the states hold whatever the day of the week or the holidays around it.
   */
  private void seedSupervisionSide(Unit market, LocalDateTime now) {
    CaseFile waiting =
        dispatched(
            Channel.BUSINESS_ENVIRONMENT_COMPLAINT,
            "企业申请变更经营范围线上系统无法提交",
            "我公司在一网通办平台申请变更经营范围，提交时系统提示材料格式错误，但已按模板填写，请协助处理。",
            market,
            now.minusHours(6),
            now.minusHours(2));
    LOG.fine(() -> "demo case waiting to be signed for: " + waiting.getTrackingNumber());

    CaseFile nearWarning =
        dispatched(
            Channel.NETIZEN_MESSAGE,
            "小微企业个体户转企业登记材料重复提交",
            "个体工商户转为企业时，窗口要求重新提交已在个体登记时提交过的经营场所证明，希望实行数据共享。",
            market,
            now.minusDays(15),
            now.minusDays(15).plusHours(2));
    step(nearWarning, CaseAction.SIGN_FOR, "unit", now.minusDays(14), null, Facts.NONE);
    step(
        nearWarning,
        CaseAction.RECORD_PROGRESS,
        "unit",
        now.minusDays(10),
        "已调取个体登记档案，正在与政务数据共享平台对接经营场所证明共享事宜。",
        Facts.NONE);

    CaseFile overdue =
        dispatched(
            Channel.MAYOR_MAILBOX,
            "食品小作坊登记证办理超过承诺时限",
            "我于上月提交食品小作坊登记申请，承诺十个工作日办结，至今仍未取得登记证，多次询问均答复在审核中。",
            market,
            now.minusDays(25),
            now.minusDays(25).plusHours(3));
    step(overdue, CaseAction.SIGN_FOR, "unit", now.minusDays(24), null, Facts.NONE);
  }

  /** A case accepted and dispatched to the unit as triage would, its clock started at dispatch. */
  private CaseFile dispatched(
      Channel channel,
      String title,
      String content,
      Unit unit,
      LocalDateTime received,
      LocalDateTime dispatchedAt) {
    CaseFile caseFile = demoCase(channel, title, content, unit, received);
    step(caseFile, CaseAction.ACCEPT, "triage", received.plusHours(1), null, Facts.NONE);
    caseFile.dispatchTo(unit, List.of());
    caseClock.startAtDispatch(caseFile, dispatchedAt);
    step(
        caseFile,
        CaseAction.DISPATCH,
        "triage",
        dispatchedAt,
        null,
        Facts.dispatch(unit.getName(), List.of()));
    return caseFile;
  }

  private void step(
      CaseFile caseFile,
      CaseAction action,
      String username,
      LocalDateTime at,
      String note,
      Facts facts) {
    Account actor = demoAccounts.get(username);
    Participation participation =
        actor.getUnit() == caseFile.getLeadUnit()
            ? Participation.LEAD_UNIT
            : caseFile.getAssistingUnits().contains(actor.getUnit())
                ? Participation.ASSISTING_UNIT
                : Participation.NONE;
    Transition transition =
        lifecycle.check(caseFile.getStatus(), action, actor.getRoles(), participation);
    caseFile.follow(transition);
    if (action == CaseAction.SIGN_FOR) {
      caseFile.signFor(at);
    }
    cases.addEvent(
        new CaseEvent(
            caseFile.getId(),
            CaseActions.of(action).event(),
            username,
            at,
            transition.from(),
            transition.to(),
            note,
            facts));
  }

  private void unit(Map<String, Unit> byName, String name, UnitKind kind, LocalDateTime now) {
    Unit unit = new Unit(name, kind, now);
    units.add(unit);
    byName.put(name, unit);
  }

  private void account(String username, String displayName, Unit unit, Role role) {
    Account account =
        new Account(
            username,
            displayName,
            passwordHash.generate(PASSWORD.toCharArray()),
            unit,
            EnumSet.of(role));
    accounts.add(account);
    demoAccounts.put(username, account);
  }

  private CaseFile demoCase(
      Channel channel, String title, String content, Unit unit, LocalDateTime at) {
    CaseFile caseFile = new CaseFile(channel, title, content, unit, at, "triage");
    cases.add(caseFile);
    cases.addEvent(CaseEvent.recorded(caseFile));
    return caseFile;
  }
}
