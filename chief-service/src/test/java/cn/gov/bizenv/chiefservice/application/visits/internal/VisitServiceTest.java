package cn.gov.bizenv.chiefservice.application.visits.internal;

import static cn.gov.bizenv.chiefservice.application.internal.FakeCaseTracking.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.application.attachments.NewAttachment;
import cn.gov.bizenv.casetracking.application.cases.CaseDetail;
import cn.gov.bizenv.casetracking.application.cases.CaseIntake;
import cn.gov.bizenv.casetracking.application.cases.CaseReference;
import cn.gov.bizenv.casetracking.application.cases.CaseStatusLookup;
import cn.gov.bizenv.casetracking.application.cases.CaseStatusView;
import cn.gov.bizenv.casetracking.application.cases.NewCase;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.chiefservice.application.internal.FakeCaseTracking;
import cn.gov.bizenv.chiefservice.application.internal.InMemoryFirms;
import cn.gov.bizenv.chiefservice.application.internal.InMemoryTable;
import cn.gov.bizenv.chiefservice.application.internal.Persisted;
import cn.gov.bizenv.chiefservice.application.visits.RaisedProblem;
import cn.gov.bizenv.chiefservice.application.visits.VisitDetail;
import cn.gov.bizenv.chiefservice.application.visits.VisitInput;
import cn.gov.bizenv.chiefservice.domain.model.firm.Firm;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmSize;
import cn.gov.bizenv.chiefservice.domain.model.visit.RaisedCase;
import cn.gov.bizenv.chiefservice.domain.model.visit.Visit;
import cn.gov.bizenv.chiefservice.domain.model.visit.VisitRepository;
import cn.gov.bizenv.chiefservice.domain.model.visit.VisitStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The visit service's decisions without a container: whose firms an officer may visit and read,
 * which field a refusal names, and how each problem raised on a held visit becomes a 企业诉求 case
 * through case tracking's one intake. Repositories and case tracking are in-memory fakes.
 */
class VisitServiceTest {
  static final LocalDate TODAY = NOW.toLocalDate();
  static final LocalDate LAST_WEEK = TODAY.minusDays(7);
  static final long MARKET_UNIT = 42;

  /** A unit case tracking does not know: intake refuses it. */
  static final long UNKNOWN_UNIT = 999;

  final FakeCaseTracking caseTracking = new FakeCaseTracking();
  final InMemoryFirms firms = new InMemoryFirms();
  final InMemoryVisits visits = new InMemoryVisits();
  final RecordingIntake intake = new RecordingIntake();
  final long huaLong = caseTracking.district("华龙区").id();
  final long zhao = caseTracking.officer("officer", "赵磊").id();
  final long sun = caseTracking.officer("officer2", "孙悦").id();
  final Firm zhaosFirm = firms.register("濮阳某某科技有限公司", "I", FirmSize.SMALL, huaLong, zhao);
  final Firm sunsFirm = firms.register("濮阳某某化工有限公司", "C", FirmSize.MEDIUM, huaLong, sun);

  VisitService service;

  @BeforeEach
  void wire() {
    service = new VisitService();
    service.visits = visits;
    service.firms = firms;
    service.intake = intake;
    service.caseStatuses = intake;
    service.validation = FakeCaseTracking.validation();
    service.clock = caseTracking.clock();
    service.callers = caseTracking.scopedCallers();
    service.names = caseTracking.names(firms);
    service.visitViews = new VisitViews();
    service.visitViews.names = service.names;
    caseTracking.signIn("officer", Role.CHIEF_SERVICE_OFFICER);
  }

  static VisitInput held(Long firmId, RaisedProblem... problems) {
    return new VisitInput(
        firmId,
        VisitStatus.HELD,
        LAST_WEEK,
        "总经理、财务总监",
        "企业反映融资难、用工难。",
        null,
        List.of(problems),
        null,
        null);
  }

  static VisitInput planned(Long firmId, LocalDate day) {
    return new VisitInput(firmId, VisitStatus.PLANNED, day, null, null, null, null, null, null);
  }

  @Test
  void eachProblemOfAHeldVisitBecomesAFirmRequestThroughCaseIntake() {
    VisitDetail logged =
        service.create(
            held(
                zhaosFirm.getId(),
                new RaisedProblem("流动资金贷款审批慢", "贷款审批需两个月。", MARKET_UNIT),
                new RaisedProblem("招工难", "缺少熟练技工。", MARKET_UNIT)));

    assertEquals(
        List.of(
            NewCase.firmRequest(
                "流动资金贷款审批慢", "贷款审批需两个月。", MARKET_UNIT, zhaosFirm.getId(), "濮阳某某科技有限公司"),
            NewCase.firmRequest("招工难", "缺少熟练技工。", MARKET_UNIT, zhaosFirm.getId(), "濮阳某某科技有限公司")),
        intake.received);
    assertEquals(Channel.FIRM_REQUEST, intake.received.get(0).channel());

    assertEquals(VisitStatus.HELD, logged.status());
    assertEquals(zhao, logged.officerId());
    assertEquals("赵磊", logged.officerName());
    assertEquals(
        List.of(
            new CaseStatusView(
                1, "2026XX00000001", "流动资金贷款审批慢", "市市场监督管理局", CaseStatus.NEW, null, null, null),
            new CaseStatusView(
                2, "2026XX00000002", "招工难", "市市场监督管理局", CaseStatus.NEW, null, null, null)),
        logged.cases(),
        "the raised cases with their live status");
    Visit stored = visits.find(logged.id()).orElseThrow();
    assertEquals(
        List.of(1L, 2L), stored.getRaisedCases().stream().map(RaisedCase::getCaseId).toList());
    assertEquals(LAST_WEEK, zhaosFirm.getLastVisitOn(), "the firm counts as visited that day");
  }

  @Test
  void aPlannedVisitRaisesNothing() {
    VisitDetail plan = service.create(planned(zhaosFirm.getId(), TODAY.plusDays(3)));

    assertEquals(VisitStatus.PLANNED, plan.status());
    assertEquals(List.of(), intake.received);
    assertEquals(List.of(), plan.cases());
  }

  @Test
  void anOfficerVisitsOnlyTheFirmsTheyServe() {
    NotFoundException refused =
        assertThrows(NotFoundException.class, () -> service.create(held(sunsFirm.getId())));

    assertEquals(List.of("firm", sunsFirm.getId()), refused.arguments());
    assertEquals(0, visits.table.size());
  }

  @Test
  void onlyAnOfficerLogsVisits() {
    caseTracking.signIn("leader", Role.LEADER);

    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> service.create(held(zhaosFirm.getId())));

    assertEquals("officer.only", refused.messageKey());
  }

  @Test
  void anOfficerReadsTheVisitsOfTheirOwnFirmsOnlyWhileLeadersReadAll() {
    caseTracking.signIn("officer2", Role.CHIEF_SERVICE_OFFICER);
    long sunsVisit = service.create(held(sunsFirm.getId())).id();
    caseTracking.signIn("officer", Role.CHIEF_SERVICE_OFFICER);
    long zhaosVisit = service.create(held(zhaosFirm.getId())).id();

    assertEquals(zhaosFirm.getId(), service.get(zhaosVisit).firmId());
    NotFoundException hidden = assertThrows(NotFoundException.class, () -> service.get(sunsVisit));
    assertEquals(List.of("visit", sunsVisit), hidden.arguments(), "as if it did not exist");
    assertThrows(
        NotFoundException.class, () -> service.ofFirm(sunsFirm.getId(), PageRequest.first(10)));
    assertEquals(1, service.ofFirm(zhaosFirm.getId(), PageRequest.first(10)).total());

    caseTracking.signIn("leader", Role.LEADER);
    assertEquals("濮阳某某化工有限公司", service.get(sunsVisit).firmName());
    assertEquals(1, service.ofFirm(sunsFirm.getId(), PageRequest.first(10)).total());
  }

  @Test
  void theVisitThatRaisedACaseIsFoundOnlyByThoseWhoSeeIt() {
    caseTracking.signIn("officer2", Role.CHIEF_SERVICE_OFFICER);
    VisitDetail logged =
        service.create(held(sunsFirm.getId(), new RaisedProblem("环评慢", "环评审批超期。", MARKET_UNIT)));
    long caseId = logged.cases().get(0).id();

    assertEquals(logged.id(), service.raising(caseId).id());
    caseTracking.signIn("officer", Role.CHIEF_SERVICE_OFFICER);
    assertThrows(NotFoundException.class, () -> service.raising(caseId));
  }

  @Test
  void refusalsNameTheFieldToCorrect() {
    assertEquals(
        List.of(new FieldViolation("firmId", "visit.firm.required", Map.of())),
        violations(() -> service.create(planned(null, TODAY))));

    assertEquals(
        List.of("status visit.status.required", "visitDate visit.date.required"),
        fieldsAndKeys(
            violations(
                () ->
                    service.create(
                        new VisitInput(
                            zhaosFirm.getId(), null, null, null, null, null, null, null, null)))));

    assertEquals(
        List.of("summary visit.summary.required"),
        fieldsAndKeys(
            violations(
                () ->
                    service.create(
                        new VisitInput(
                            zhaosFirm.getId(),
                            VisitStatus.HELD,
                            LAST_WEEK,
                            null,
                            " ",
                            null,
                            null,
                            null,
                            null)))));

    assertEquals(
        List.of("problems visit.problems.onlyHeld"),
        fieldsAndKeys(
            violations(
                () ->
                    service.create(
                        new VisitInput(
                            zhaosFirm.getId(),
                            VisitStatus.PLANNED,
                            TODAY,
                            null,
                            null,
                            null,
                            List.of(new RaisedProblem("招工难", "缺少熟练技工。", MARKET_UNIT)),
                            null,
                            null)))));
    assertEquals(List.of(), intake.received, "nothing reached intake");
  }

  @Test
  void aProblemIntakeRefusesIsNamedAsThatProblemsField() {
    List<FieldViolation> refused =
        violations(
            () ->
                service.create(
                    held(
                        zhaosFirm.getId(),
                        new RaisedProblem("招工难", "缺少熟练技工。", MARKET_UNIT),
                        new RaisedProblem("用电贵", "电价高于邻市。", UNKNOWN_UNIT))));

    assertEquals(List.of("problems[1].concernedUnitId case.unit.unknown"), fieldsAndKeys(refused));
    assertEquals(
        List.of("problems[0].title case.title.required"),
        fieldsAndKeys(
            violations(
                () ->
                    service.create(
                        held(zhaosFirm.getId(), new RaisedProblem(" ", "内容", MARKET_UNIT))))),
        "the visit's own validation names the problem too");
  }

  @Test
  void theOutcomeOfAPlannedVisitNeedsTheVersionRead() {
    VisitDetail plan = service.create(planned(zhaosFirm.getId(), TODAY));
    Persisted.saved(visits.find(plan.id()).orElseThrow(), 3);
    VisitInput stale =
        new VisitInput(null, VisitStatus.NOT_HELD, TODAY, null, null, "企业负责人临时外出", null, 2L, null);

    assertThrows(ConflictException.class, () -> service.update(plan.id(), stale));

    VisitInput current =
        new VisitInput(null, VisitStatus.NOT_HELD, TODAY, null, null, "企业负责人临时外出", null, 3L, null);
    VisitDetail recorded = service.update(plan.id(), current);
    assertEquals(VisitStatus.NOT_HELD, recorded.status());
    assertEquals("企业负责人临时外出", recorded.notHeldReason());
  }

  @Test
  void anotherOfficerCannotRecordTheOutcomeOfAVisit() {
    VisitDetail plan = service.create(planned(zhaosFirm.getId(), TODAY));
    caseTracking.signIn("officer2", Role.CHIEF_SERVICE_OFFICER);

    assertThrows(
        NotFoundException.class,
        () ->
            service.update(
                plan.id(),
                new VisitInput(null, VisitStatus.HELD, TODAY, null, "纪要", null, null, 0L, null)));
    assertTrue(visits.find(plan.id()).orElseThrow().getStatus() == VisitStatus.PLANNED);
  }

  private static List<FieldViolation> violations(Runnable action) {
    return assertThrows(InvalidInputException.class, action::run).violations();
  }

  private static List<String> fieldsAndKeys(List<FieldViolation> violations) {
    return violations.stream().map(v -> v.field() + " " + v.messageKey()).toList();
  }

  /**
   * Case tracking's intake and status lookup: records what it was asked to record, numbers the
   * cases as intake would, and refuses a unit it does not know as intake does.
   */
  static final class RecordingIntake implements CaseIntake, CaseStatusLookup {
    final List<NewCase> received = new ArrayList<>();
    final Map<Long, CaseStatusView> recorded = new LinkedHashMap<>();

    @Override
    public CaseReference recordForReference(NewCase command) {
      if (command.concernedUnitId() == UNKNOWN_UNIT) {
        throw InvalidInputException.of("concernedUnitId", "case.unit.unknown");
      }
      received.add(command);
      long id = recorded.size() + 1;
      String number = "2026XX%08d".formatted(id);
      recorded.put(
          id,
          new CaseStatusView(
              id, number, command.title(), "市市场监督管理局", CaseStatus.NEW, null, null, null));
      return new CaseReference(id, number, command.title());
    }

    @Override
    public CaseDetail record(NewCase command) {
      throw new UnsupportedOperationException("a visit records its problems for their reference");
    }

    @Override
    public CaseDetail record(NewCase command, List<NewAttachment> attachments) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<CaseStatusView> statuses(Collection<Long> caseIds) {
      return caseIds.stream().map(recorded::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Map<Long, Long> openRequestsByFirm(Collection<Long> firmIds) {
      throw new UnsupportedOperationException();
    }
  }

  /** Visits in memory; ids are given as the database would. */
  static final class InMemoryVisits implements VisitRepository {
    final InMemoryTable<Visit> table = new InMemoryTable<>();

    @Override
    public Optional<Visit> find(long id) {
      return table.find(id);
    }

    @Override
    public void add(Visit visit) {
      table.add(visit);
    }

    @Override
    public List<Visit> ofFirm(long firmId, PageRequest page) {
      return table
          .rows()
          .filter(v -> v.getFirmId() == firmId)
          .skip(page.offset())
          .limit(page.limit())
          .toList();
    }

    @Override
    public long countOfFirm(long firmId) {
      return table.rows().filter(v -> v.getFirmId() == firmId).count();
    }

    @Override
    public List<Visit> ofOfficer(long officerId, VisitStatus status, PageRequest page) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long countOfOfficer(long officerId, VisitStatus status) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Visit> raising(long caseId) {
      return table
          .rows()
          .filter(v -> v.getRaisedCases().stream().anyMatch(r -> r.getCaseId() == caseId))
          .findFirst();
    }

    @Override
    public void flush() {}
  }
}
