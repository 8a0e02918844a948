package cn.gov.bizenv.casetracking.application.cases.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.application.cases.CaseActionCommand;
import cn.gov.bizenv.casetracking.application.cases.CaseDetail;
import cn.gov.bizenv.casetracking.application.cases.TimelineEntry;
import cn.gov.bizenv.casetracking.application.notifications.internal.NotificationSender;
import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.account.Account;
import cn.gov.bizenv.casetracking.domain.model.account.AccountRepository;
import cn.gov.bizenv.casetracking.domain.model.account.AccountSummary;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseCriteria;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEvent;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEventType;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseOutcome;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseWatcher;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseWatcherRepository;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionDefinition;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitCriteria;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitRepository;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import jakarta.validation.Validation;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service's decisions without a container: the order of its checks, what each action changes,
 * the events it appends, and the 差评 and merge rules. Repositories are in-memory fakes.
 */
class CaseHandlingServiceTest {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 9, 30);

  final FakeCases cases = new FakeCases();
  final FakeUnits units = new FakeUnits();
  final Unit office = units.register(new Unit("营商环境领导小组办公室", UnitKind.LEADING_GROUP_OFFICE, NOW));
  final Unit market = units.register(new Unit("市市场监督管理局", UnitKind.CITY_DEPARTMENT, NOW));
  final Unit huaLong = units.register(new Unit("华龙区", UnitKind.COUNTY_OR_DISTRICT, NOW));
  final Unit fanXian = units.register(new Unit("范县", UnitKind.COUNTY_OR_DISTRICT, NOW));

  final CallerProfile triage = caller("triage", office, Role.TRIAGE_OFFICER);
  final CallerProfile leader = caller("leader", office, Role.LEADER);
  final CallerProfile unit = caller("unit", market, Role.UNIT_HANDLER);
  final CallerProfile county = caller("county", huaLong, Role.UNIT_HANDLER);
  final CallerProfile thirdUnit = caller("fan", fanXian, Role.UNIT_HANDLER);

  CaseHandlingService service;
  CallerProfile actingAs;
  final List<String> told = new java.util.ArrayList<>();
  final List<String> decided = new java.util.ArrayList<>();
  final CaseWatcherRepository watchers =
      new CaseWatcherRepository() {
        final List<CaseWatcher> rows = new java.util.ArrayList<>();

        @Override
        public void add(CaseWatcher watcher) {
          rows.add(watcher);
        }

        @Override
        public List<String> watchers(long caseId) {
          return rows.stream()
              .filter(w -> w.getCaseId() == caseId)
              .map(CaseWatcher::getUsername)
              .toList();
        }
      };

  @BeforeEach
  void wire() {
    service = new CaseHandlingService();
    service.cases = cases;
    service.units = units;
    service.validation =
        InputValidation.with(Validation.buildDefaultValidatorFactory().getValidator());
    service.clock = new PortalClock();
    service.callers =
        new Callers() {
          @Override
          public CallerProfile current() {
            return actingAs;
          }
        };
    service.access = new CaseAccess();
    service.access.cases = cases;
    service.views = new CaseViews();
    // A fixed ten-day clock: the arithmetic itself is DeadlinePlan's and DeadlineService's tests'.
    // Nobody to notify in these tests: the bells are covered by the integration tests.
    service.whoMustAct =
        new WhoMustAct() {
          @Override
          public void tell(CaseFile caseFile, ActionDefinition action, String actor) {}
        };
    service.watching = new CaseWatching();
    service.watching.watchers = watchers;
    service.watching.clock = service.clock;
    service.watching.notify =
        new NotificationSender() {
          @Override
          public void toAccount(
              String username, String messageKey, List<String> arguments, Long caseId) {
            told.add(username + " " + messageKey);
          }
        };
    // The triage decision of a dispatch: what reaches it is checked here, the record in TriageIT.
    service.triageDecisions =
        new cn.gov.bizenv.casetracking.application.triage.internal.DecisionRecorder() {
          @Override
          public void dispatched(
              long caseId,
              String title,
              String content,
              Long concernedUnitId,
              Long categoryId,
              Long leadUnitId) {
            decided.add(caseId + " " + leadUnitId);
          }
        };
    service.caseClock = new CaseClock();
    service.caseClock.deadlines =
        query ->
            new cn.gov.bizenv.casetracking.application.calendar.DeadlineView(
                query.channel(),
                null,
                null,
                query.receivedAt(),
                query.dispatchedAt().plusDays(1),
                query.receivedAt().plusDays(10 + query.extension()),
                null,
                List.of(),
                List.of(),
                List.of());
    service.views.cases = cases;
    service.views.access = service.access;
    service.views.accounts = new NoAccounts();
  }

  @Test
  void theOfficerWhoRaisedAFirmRequestHearsOfItsMilestonesAndNothingElse() {
    long id = cases.record("用电报装进度慢").getId();
    service.watching.watch(cases.find(id).orElseThrow(), "officer");
    act(triage, id, CaseActionCommand.of(CaseAction.ACCEPT, version(id), null));
    act(triage, id, dispatch(version(id), market, huaLong));
    act(unit, id, CaseActionCommand.of(CaseAction.SIGN_FOR, version(id), null));
    act(county, id, CaseActionCommand.of(CaseAction.RECORD_PROGRESS, version(id), "已对接供电公司"));
    act(unit, id, reply(version(id), "已接电。"));
    act(triage, id, close(version(id), CaseOutcome.SOLVED));
    assertEquals(
        List.of(
            "officer notice.watch.ACCEPT",
            "officer notice.watch.DISPATCH",
            "officer notice.watch.SUBMIT_REPLY",
            "officer notice.watch.APPROVE_REPLY_AND_CLOSE"),
        told);

    told.clear();
    long unwatched = cases.record("无人关注").getId();
    act(triage, unwatched, CaseActionCommand.of(CaseAction.ACCEPT, version(unwatched), null));
    assertEquals(List.of(), told, "a case nobody watches tells nobody");
  }

  @Test
  void aCaseWalksFromAcceptanceToClosingWithAnEventPerStep() {
    CaseFile caseFile = cases.record("营业执照办理慢");
    long id = caseFile.getId();
    CaseDetail detail = act(triage, id, CaseActionCommand.of(CaseAction.ACCEPT, version(id), null));
    assertEquals(CaseStatus.ACCEPTED, detail.status());
    detail = act(triage, id, dispatch(version(id), market, huaLong));
    assertEquals("市市场监督管理局", detail.leadUnitName());
    assertEquals(List.of("华龙区"), detail.assistingUnitNames());
    act(unit, id, CaseActionCommand.of(CaseAction.SIGN_FOR, version(id), " 已签收 "));
    act(county, id, CaseActionCommand.of(CaseAction.RECORD_PROGRESS, version(id), "已现场核实"));
    act(unit, id, extension(version(id), 5));
    detail = act(triage, id, CaseActionCommand.of(CaseAction.APPROVE_EXTENSION, version(id), null));
    assertEquals(5, detail.extensionGrantedDays());
    assertNull(detail.pendingExtensionDays());
    act(unit, id, reply(version(id), "已统一窗口材料清单。"));
    detail = act(triage, id, close(version(id), CaseOutcome.SOLVED));

    assertEquals(CaseStatus.CLOSED, detail.status());
    assertEquals(CaseOutcome.SOLVED, detail.outcome());
    assertEquals("已统一窗口材料清单。", detail.reply());
    assertEquals("unit", detail.replyAuthor());
    List<TimelineEntry> timeline = detail.timeline();
    assertEquals(
        List.of(
            CaseEventType.RECORDED,
            CaseEventType.ACCEPT,
            CaseEventType.DISPATCH,
            CaseEventType.SIGN_FOR,
            CaseEventType.RECORD_PROGRESS,
            CaseEventType.REQUEST_EXTENSION,
            CaseEventType.APPROVE_EXTENSION,
            CaseEventType.SUBMIT_REPLY,
            CaseEventType.APPROVE_REPLY_AND_CLOSE),
        timeline.stream().map(TimelineEntry::type).toList());
    assertEquals(
        List.of("triage", "triage", "triage", "unit", "county", "unit", "triage", "unit", "triage"),
        timeline.stream().map(TimelineEntry::actor).toList());
    assertEquals("已签收", timeline.get(3).note(), "notes are stored stripped");
    assertEquals(List.of("华龙区"), timeline.get(2).assistingUnitNames());
    assertEquals(5, timeline.get(5).extensionDays());
    assertEquals("已统一窗口材料清单。", timeline.get(7).note(), "the reply is kept on the timeline");
    assertEquals(CaseOutcome.SOLVED, timeline.get(8).outcome());
    assertEquals(CaseStatus.REPLIED, timeline.get(8).fromStatus());
    assertEquals(
        8, cases.saves, "every action, even a progress note, gives the case a new version");
  }

  @Test
  void aBadRatingLeavesTheCaseFollowedUpButDueForReopening() {
    long id = closedCase();
    CaseDetail rated = act(triage, id, followUp(version(id), Satisfaction.DISSATISFIED));
    assertEquals(CaseStatus.FOLLOWED_UP, rated.status());
    assertTrue(rated.reopenDue());
    assertTrue(rated.allowedActions().contains(CaseAction.REOPEN));

    CaseDetail reopened =
        act(triage, id, CaseActionCommand.of(CaseAction.REOPEN, version(id), "请重新核实"));
    assertEquals(CaseStatus.IN_PROGRESS, reopened.status());
    assertFalse(reopened.reopenDue());
    assertEquals(1, reopened.reopenCount());
    assertNull(reopened.outcome());
    assertEquals("市市场监督管理局", reopened.leadUnitName(), "back to the same lead unit");
  }

  @Test
  void aGoodRatingNeedsNoReopening() {
    long id = closedCase();
    assertFalse(act(triage, id, followUp(version(id), Satisfaction.NEUTRAL)).reopenDue());
  }

  @Test
  void unitsSeeOnlyCasesTheyLeadOrAssist() {
    long id = cases.record("范围").getId();
    actingAs = unit;
    assertThrows(NotFoundException.class, () -> service.allowedActions(id), "before dispatch");
    act(triage, id, CaseActionCommand.of(CaseAction.ACCEPT, version(id), null));
    act(triage, id, dispatch(version(id), market, huaLong));
    actingAs = unit;
    assertEquals(
        EnumSet.of(CaseAction.SIGN_FOR, CaseAction.RETURN_TO_TRIAGE), service.allowedActions(id));
    actingAs = county;
    assertEquals(Set.of(), service.allowedActions(id));
    actingAs = thirdUnit;
    assertThrows(NotFoundException.class, () -> service.allowedActions(id));
    assertThrows(
        NotFoundException.class,
        () -> service.perform(id, CaseActionCommand.of(CaseAction.SIGN_FOR, version(id), null)));
  }

  @Test
  void refusalsCarryTheLifecyclesKeyAndChangeNothing() {
    long id = cases.record("拒绝").getId();
    act(triage, id, CaseActionCommand.of(CaseAction.ACCEPT, version(id), null));
    act(triage, id, dispatch(version(id), market, huaLong));
    int events = cases.events.size();
    assertEquals(
        "lifecycle.illegal.notLeadUnit",
        refusal(county, id, CaseActionCommand.of(CaseAction.SIGN_FOR, version(id), null)));
    assertEquals(
        "lifecycle.illegal.status",
        refusal(unit, id, CaseActionCommand.of(CaseAction.ACCEPT, version(id), null)));
    assertEquals(
        "lifecycle.illegal.role",
        refusal(leader, id, CaseActionCommand.of(CaseAction.URGE, version(id), null)));
    assertEquals(events, cases.events.size());
    assertEquals(CaseStatus.DISPATCHED, cases.find(id).orElseThrow().getStatus());
    assertEquals(
        List.of(id + " " + market.getId()),
        decided,
        "the dispatch, and only it, is a triage decision");
  }

  @Test
  void aStaleVersionIsAConflictEvenBeforeTheLifecycleIsAsked() {
    long id = cases.record("并发").getId();
    long read = version(id);
    act(triage, id, CaseActionCommand.of(CaseAction.ACCEPT, read, null));
    int events = cases.events.size();
    actingAs = triage;
    assertThrows(
        ConflictException.class,
        () -> service.perform(id, CaseActionCommand.of(CaseAction.REJECT, read, "重复来件")));
    assertEquals(events, cases.events.size());
  }

  @Test
  void inputIsCheckedAgainstTheActionAfterTheLifecycle() {
    long id = cases.record("输入").getId();
    act(triage, id, CaseActionCommand.of(CaseAction.ACCEPT, version(id), null));
    InvalidInputException missingLead =
        assertThrows(
            InvalidInputException.class,
            () ->
                service.perform(id, CaseActionCommand.of(CaseAction.DISPATCH, version(id), null)));
    assertEquals(List.of("leadUnitId"), fields(missingLead));

    huaLong.deactivate();
    InvalidInputException inactive =
        assertThrows(
            InvalidInputException.class,
            () -> service.perform(id, dispatch(version(id), market, huaLong)));
    assertEquals("handling.assistingUnitIds.unknown", inactive.violations().get(0).messageKey());
    assertEquals(CaseStatus.ACCEPTED, cases.find(id).orElseThrow().getStatus());

    InvalidInputException noVersion =
        assertThrows(
            InvalidInputException.class,
            () ->
                service.perform(
                    id,
                    new CaseActionCommand(
                        CaseAction.ACCEPT, null, null, null, null, null, null, null, null, null)));
    assertEquals(List.of("version"), fields(noVersion));
  }

  @Test
  void extensionsAreDecidedOnlyWhileRequested() {
    long id = signedFor("延期");
    actingAs = triage;
    assertFalse(service.allowedActions(id).contains(CaseAction.APPROVE_EXTENSION));
    assertEquals(
        "handling.extension.none",
        refusal(triage, id, CaseActionCommand.of(CaseAction.APPROVE_EXTENSION, version(id), null)));
    act(unit, id, extension(version(id), 30));
    actingAs = unit;
    assertFalse(service.allowedActions(id).contains(CaseAction.REQUEST_EXTENSION));
    assertEquals("handling.extension.pending", refusal(unit, id, extension(version(id), 3)));
    CaseDetail refused =
        act(triage, id, CaseActionCommand.of(CaseAction.REFUSE_EXTENSION, version(id), "理由不充分"));
    assertEquals(0, refused.extensionGrantedDays());
    assertEquals(30, refused.timeline().get(refused.timeline().size() - 1).extensionDays());
  }

  @Test
  void aMergedCaseIsAnsweredWithTheReplyOfTheCaseItJoined() {
    long duplicate = cases.record("重复来信").getId();
    long main = signedFor("主件");
    assertEquals(
        "handling.mergeIntoCaseId.self",
        invalid(triage, duplicate, merge(version(duplicate), duplicate)).get(0).messageKey());
    assertEquals(
        "handling.mergeIntoCaseId.unknown",
        invalid(triage, duplicate, merge(version(duplicate), 987654L)).get(0).messageKey());
    CaseDetail merged = act(triage, duplicate, merge(version(duplicate), main));
    assertEquals(CaseStatus.MERGED, merged.status());
    assertEquals(main, merged.mergedIntoId());
    assertNull(merged.reply(), "not answered while the main case is open");
    assertEquals(List.of(merged.trackingNumber()), detail(main).mergedCaseNumbers());

    act(unit, main, reply(version(main), "统一答复"));
    act(triage, main, close(version(main), CaseOutcome.BEING_SOLVED));
    CaseDetail answered = detail(duplicate);
    assertEquals("统一答复", answered.reply());
    assertEquals(CaseOutcome.BEING_SOLVED, answered.outcome());
    assertEquals(
        cases.find(main).orElseThrow().getTrackingNumber(), answered.replyFromTrackingNumber());

    long another = cases.record("第三件").getId();
    assertEquals(
        "handling.mergeIntoCaseId.notOpen",
        invalid(triage, another, merge(version(another), main)).get(0).messageKey());
  }

  // --- helpers ------------------------------------------------------------------------------

  private long closedCase() {
    long id = signedFor("回访");
    act(unit, id, reply(version(id), "已办结"));
    act(triage, id, close(version(id), CaseOutcome.SOLVED));
    return id;
  }

  private long signedFor(String title) {
    long id = cases.record(title).getId();
    act(triage, id, CaseActionCommand.of(CaseAction.ACCEPT, version(id), null));
    act(triage, id, dispatch(version(id), market, huaLong));
    act(unit, id, CaseActionCommand.of(CaseAction.SIGN_FOR, version(id), null));
    return id;
  }

  private CaseDetail act(CallerProfile who, long id, CaseActionCommand command) {
    actingAs = who;
    return service.perform(id, command);
  }

  private CaseDetail detail(long id) {
    return service.views.detail(cases.find(id).orElseThrow(), triage);
  }

  private String refusal(CallerProfile who, long id, CaseActionCommand command) {
    actingAs = who;
    return assertThrows(RuleViolationException.class, () -> service.perform(id, command))
        .messageKey();
  }

  private List<FieldViolation> invalid(CallerProfile who, long id, CaseActionCommand command) {
    actingAs = who;
    return assertThrows(InvalidInputException.class, () -> service.perform(id, command))
        .violations();
  }

  private long version(long id) {
    return cases.find(id).orElseThrow().getVersion();
  }

  private static List<String> fields(InvalidInputException invalid) {
    return invalid.violations().stream().map(FieldViolation::field).toList();
  }

  private static CaseActionCommand dispatch(long version, Unit lead, Unit... assisting) {
    return new CaseActionCommand(
        CaseAction.DISPATCH,
        version,
        null,
        lead.getId(),
        java.util.Arrays.stream(assisting).map(Unit::getId).toList(),
        null,
        null,
        null,
        null,
        null);
  }

  private static CaseActionCommand extension(long version, int days) {
    return new CaseActionCommand(
        CaseAction.REQUEST_EXTENSION, version, "需协调多个部门", null, null, null, null, days, null, null);
  }

  private static CaseActionCommand reply(long version, String text) {
    return new CaseActionCommand(
        CaseAction.SUBMIT_REPLY, version, null, null, null, null, null, null, null, text);
  }

  private static CaseActionCommand close(long version, CaseOutcome outcome) {
    return new CaseActionCommand(
        CaseAction.APPROVE_REPLY_AND_CLOSE,
        version,
        null,
        null,
        null,
        outcome,
        null,
        null,
        null,
        null);
  }

  private static CaseActionCommand followUp(long version, Satisfaction rating) {
    return new CaseActionCommand(
        CaseAction.FOLLOW_UP, version, null, null, null, null, rating, null, null, null);
  }

  private static CaseActionCommand merge(long version, long target) {
    return new CaseActionCommand(
        CaseAction.MERGE, version, null, null, null, null, null, null, target, null);
  }

  private static CallerProfile caller(String username, Unit unit, Role role) {
    return new CallerProfile(username, username, unit.getId(), unit.getName(), Set.of(role));
  }

  static void setField(Object target, String name, Object value) {
    try {
      Field field = target.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Cases in memory; ids are given as the database would, and saving bumps the version. */
  final class FakeCases implements CaseFileRepository {
    final Map<Long, CaseFile> byId = new HashMap<>();
    final List<CaseEvent> events = new ArrayList<>();
    int saves;
    long nextId = 50;

    CaseFile record(String title) {
      CaseFile caseFile = new CaseFile(Channel.MAYOR_MAILBOX, title, "内容", market, NOW, "triage");
      add(caseFile);
      addEvent(CaseEvent.recorded(caseFile));
      return caseFile;
    }

    @Override
    public Optional<CaseFile> find(long id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public void add(CaseFile caseFile) {
      setField(caseFile, "id", nextId++);
      caseFile.assignTrackingNumber();
      byId.put(caseFile.getId(), caseFile);
    }

    @Override
    public void addEvent(CaseEvent event) {
      events.add(event);
    }

    @Override
    public List<CaseEvent> timeline(long caseId) {
      return events.stream().filter(e -> e.getCaseId() == caseId).toList();
    }

    @Override
    public List<String> trackingNumbersMergedInto(long caseId) {
      return byId.values().stream()
          .filter(c -> Long.valueOf(caseId).equals(c.getMergedIntoId()))
          .map(CaseFile::getTrackingNumber)
          .toList();
    }

    @Override
    public void saveAction(CaseFile caseFile) {
      saves++;
      setField(caseFile, "version", caseFile.getVersion() + 1);
    }

    @Override
    public List<CaseFile> find(CaseCriteria criteria, PageRequest page) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<CaseFile> findAfter(
        CaseCriteria criteria,
        cn.gov.bizenv.casetracking.domain.model.casefile.CaseCursor after,
        int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<CaseFile> onTheClock(long afterId, int limit) {
      return List.of();
    }

    @Override
    public List<CaseFile> overdue(java.time.LocalDateTime asOf, PageRequest page) {
      return List.of();
    }

    @Override
    public long countOverdue(java.time.LocalDateTime asOf) {
      return 0;
    }

    @Override
    public List<CaseFile> findAll(java.util.Collection<Long> ids) {
      return List.of();
    }

    @Override
    public List<CaseFile> findRows(List<Long> ids) {
      return List.of();
    }

    @Override
    public List<Long> findIds(CaseCriteria criteria, int limit) {
      return List.of();
    }

    @Override
    public java.util.Map<Long, Long> countOpenByFirm(java.util.Collection<Long> firmIds) {
      return java.util.Map.of();
    }

    @Override
    public long count(CaseCriteria criteria) {
      throw new UnsupportedOperationException();
    }
  }

  /** Units in memory. */
  static final class FakeUnits implements UnitRepository {
    final Map<Long, Unit> byId = new HashMap<>();

    Unit register(Unit unit) {
      long id = 100L + byId.size();
      setField(unit, "id", id);
      byId.put(id, unit);
      return unit;
    }

    @Override
    public Optional<Unit> find(long id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Unit> findByName(String name) {
      return byId.values().stream().filter(u -> u.getName().equals(name)).findFirst();
    }

    @Override
    public void add(Unit unit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Unit> find(UnitCriteria criteria, PageRequest page) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long count(UnitCriteria criteria) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Unit> allActive() {
      return byId.values().stream().filter(Unit::isActive).toList();
    }

    @Override
    public void flush() {}
  }

  /** No account is known: the timeline shows the recorded usernames only. */
  static final class NoAccounts implements AccountRepository {
    @Override
    public Optional<Account> findByUsername(String username) {
      return Optional.empty();
    }

    @Override
    public void add(Account account) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Account> find(long id) {
      return Optional.empty();
    }

    @Override
    public List<Account> find(
        cn.gov.bizenv.casetracking.domain.model.account.AccountCriteria criteria,
        cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest page) {
      return List.of();
    }

    @Override
    public long count(cn.gov.bizenv.casetracking.domain.model.account.AccountCriteria criteria) {
      return 0;
    }

    @Override
    public long countAbleToSignInWithRole(Role role) {
      return 0;
    }

    @Override
    public void flush() {}

    @Override
    public boolean anyWithRole(Role role) {
      return false;
    }

    @Override
    public List<String> usernamesWithRole(Role role, Long unitId) {
      return List.of();
    }

    @Override
    public List<AccountSummary> summariesWithRole(Role role) {
      return List.of();
    }

    @Override
    public List<AccountSummary> summaries(Collection<Long> ids) {
      return List.of();
    }

    @Override
    public List<AccountSummary> summariesByUsername(Collection<String> usernames) {
      return List.of();
    }
  }
}
