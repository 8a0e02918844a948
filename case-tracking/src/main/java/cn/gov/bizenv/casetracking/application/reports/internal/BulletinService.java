package cn.gov.bizenv.casetracking.application.reports.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.LEADER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.SUPERVISOR;

import cn.gov.bizenv.casetracking.application.reports.BulletinDraft;
import cn.gov.bizenv.casetracking.application.reports.BulletinDraft.NotableInput;
import cn.gov.bizenv.casetracking.application.reports.BulletinSummary;
import cn.gov.bizenv.casetracking.application.reports.BulletinView;
import cn.gov.bizenv.casetracking.application.reports.Bulletins;
import cn.gov.bizenv.casetracking.application.reports.Dashboard;
import cn.gov.bizenv.casetracking.application.reports.RankingRow;
import cn.gov.bizenv.casetracking.application.reports.ReportPeriod;
import cn.gov.bizenv.casetracking.application.reports.Reports;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.bulletin.Bulletin;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.Figures;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.NotableCase;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.RankedUnit;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.SupervisedUnit;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinRepository;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinStatus;
import cn.gov.bizenv.casetracking.domain.model.bulletin.NotableChoice;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.report.CaseFigures;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.model.report.FigureScope;
import cn.gov.bizenv.casetracking.domain.model.report.SupervisionCount;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bulletins. The content is composed from the same queries as the dashboard ({@link
 * Reports#dashboard}, {@link Reports#ranking} and the figures' conditions), as of now while the
 * bulletin is open, and stored as a snapshot when a leader approves it.
 */
@Stateless
@RolesAllowed({SUPERVISOR, LEADER})
public class BulletinService implements Bulletins {
  /** How many of the longest overdue cases stand in for notable cases nobody picked. */
  static final int DEFAULT_NOTABLE = 5;

  @Inject BulletinRepository bulletins;
  @Inject CaseFileRepository cases;
  @Inject CaseFigures figures;
  @Inject Reports reports;
  @Inject Callers callers;
  @Inject PortalClock clock;
  @Inject InputValidation validation;

  @Override
  @RolesAllowed(SUPERVISOR)
  public BulletinView draft(BulletinDraft draft) {
    validation.check(draft);
    Bulletin bulletin =
        new Bulletin(
            draft.title(),
            draft.periodKind(),
            draft.from(),
            draft.to(),
            draft.foreword(),
            choices(draft),
            callers.current().username(),
            clock.now());
    checkNotable(bulletin);
    bulletins.add(bulletin);
    return view(bulletin);
  }

  @Override
  @RolesAllowed(SUPERVISOR)
  public BulletinView revise(long id, BulletinDraft draft, long version) {
    validation.check(draft);
    Bulletin bulletin = current(id, version);
    bulletin.revise(
        draft.title(),
        draft.periodKind(),
        draft.from(),
        draft.to(),
        draft.foreword(),
        choices(draft));
    checkNotable(bulletin);
    return view(bulletin);
  }

  @Override
  @RolesAllowed(SUPERVISOR)
  public BulletinView submit(long id, long version) {
    Bulletin bulletin = current(id, version);
    bulletin.submit(clock.now());
    return view(bulletin);
  }

  @Override
  @RolesAllowed(LEADER)
  public BulletinView approve(long id, long version) {
    Bulletin bulletin = current(id, version);
    // Checked before composing so that a wrong status is refused without the figures' cost.
    bulletin.require(BulletinStatus.SUBMITTED);
    LocalDateTime now = clock.now();
    bulletin.approve(
        compose(bulletin, now),
        bulletins.nextDocumentNumber(now.getYear()),
        callers.current().username(),
        now);
    return view(bulletin);
  }

  @Override
  @RolesAllowed(LEADER)
  public BulletinView sendBack(long id, String reason, long version) {
    if (reason != null && reason.strip().length() > Bulletin.REASON_MAX) {
      throw InvalidInputException.of("reason", "bulletin.reason.size");
    }
    Bulletin bulletin = current(id, version);
    bulletin.sendBack(reason, callers.current().username(), clock.now());
    return view(bulletin);
  }

  @Override
  public BulletinView get(long id) {
    return view(find(id));
  }

  @Override
  public Page<BulletinSummary> list(BulletinStatus status, PageRequest page) {
    BulletinStatus wanted = status == null ? BulletinStatus.APPROVED : status;
    return new Page<>(
        bulletins.find(wanted, page.offset(), page.limit()).stream()
            .map(BulletinService::summary)
            .toList(),
        bulletins.count(wanted));
  }

  private Bulletin find(long id) {
    return bulletins.find(id).orElseThrow(() -> new NotFoundException("bulletin", id));
  }

  private Bulletin current(long id, long version) {
    Bulletin bulletin = find(id);
    if (bulletin.getVersion() != version) {
      throw ConflictException.staleVersion();
    }
    return bulletin;
  }

  private static List<NotableChoice> choices(BulletinDraft draft) {
    return draft.notable().stream().map(n -> new NotableChoice(n.caseId(), n.remark())).toList();
  }

  /** A notable case must exist and belong to the period: received in it or due in it. */
  private void checkNotable(Bulletin bulletin) {
    if (bulletin.getNotable().isEmpty()) {
      return;
    }
    LocalDateTime start = bulletin.getPeriodFrom().atStartOfDay();
    LocalDateTime end = bulletin.getPeriodTo().plusDays(1).atStartOfDay();
    Map<Long, CaseFile> found = byId(bulletin.getNotable());
    for (NotableChoice choice : bulletin.getNotable()) {
      CaseFile c = found.get(choice.getCaseId());
      if (c == null
          || !(within(c.getReceivedAt(), start, end)
              || within(c.getClock().getReplyDue(), start, end))) {
        throw InvalidInputException.of("notable", "bulletin.notable.outsidePeriod");
      }
    }
  }

  private static boolean within(LocalDateTime t, LocalDateTime start, LocalDateTime end) {
    return t != null && !t.isBefore(start) && t.isBefore(end);
  }

  private Map<Long, CaseFile> byId(List<NotableChoice> choices) {
    return cases.findAll(choices.stream().map(NotableChoice::getCaseId).toList()).stream()
        .collect(Collectors.toMap(CaseFile::getId, Function.identity()));
  }

  private BulletinView view(Bulletin b) {
    boolean frozen = b.getStatus() == BulletinStatus.APPROVED;
    BulletinContent content = frozen ? b.frozenContent().orElseThrow() : compose(b, clock.now());
    return new BulletinView(
        summary(b),
        b.getForeword(),
        b.getReturnReason(),
        b.getNotable().stream().map(n -> new NotableInput(n.getCaseId(), n.getRemark())).toList(),
        frozen,
        content);
  }

  static BulletinSummary summary(Bulletin b) {
    return new BulletinSummary(
        b.getId(),
        b.getTitle(),
        b.getPeriodKind(),
        b.getPeriodFrom(),
        b.getPeriodTo(),
        b.getStatus(),
        b.getDraftedBy(),
        b.getSubmittedAt(),
        b.getDecidedBy(),
        b.getDecidedAt(),
        b.getDocumentYear(),
        b.getDocumentNumber(),
        b.getVersion());
  }

  /** The bulletin's content as of {@code now}, from the dashboard's own queries. */
  BulletinContent compose(Bulletin b, LocalDateTime now) {
    ReportPeriod period = new ReportPeriod(b.getPeriodFrom(), b.getPeriodTo(), null, null, now);
    FigureScope scope = new FigureScope(b.getPeriodFrom(), b.getPeriodTo(), null, null, now);
    Dashboard d = reports.dashboard(period);
    Figures headline =
        new Figures(
            d.received(),
            d.closed(),
            d.replyDue(),
            d.onTime(),
            d.onTimeRate(),
            d.overdue(),
            d.rated(),
            d.satisfied(),
            d.satisfactionRate());
    List<RankedUnit> ranking = new ArrayList<>();
    for (RankingRow r : reports.ranking(period).rows()) {
      ranking.add(new RankedUnit(r.place(), r.unitId(), r.unitName(), r.score(), r.trend()));
    }
    boolean chosen = !b.getNotable().isEmpty();
    List<NotableCase> notable = new ArrayList<>();
    if (chosen) {
      Map<Long, CaseFile> found = byId(b.getNotable());
      for (NotableChoice choice : b.getNotable()) {
        CaseFile c = found.get(choice.getCaseId());
        if (c != null) {
          notable.add(notable(c, choice.getRemark(), now));
        }
      }
    } else {
      for (CaseFile c : figures.longestOverdue(scope, DEFAULT_NOTABLE)) {
        notable.add(notable(c, null, now));
      }
    }
    return new BulletinContent(
        b.getPeriodFrom(),
        b.getPeriodTo(),
        now,
        headline,
        figures.perLeadUnit(Figure.OVERDUE, scope),
        supervised(figures.supervisionPerUnit(scope)),
        notable,
        chosen,
        ranking,
        b.getForeword(),
        d.series());
  }

  private static NotableCase notable(CaseFile c, String remark, LocalDateTime now) {
    boolean open =
        c.getStatus() == CaseStatus.DISPATCHED || c.getStatus() == CaseStatus.IN_PROGRESS;
    Long daysOverdue =
        open && c.getClock().getReplyDue() != null && c.getClock().getReplyDue().isBefore(now)
            ? ChronoUnit.DAYS.between(c.getClock().getReplyDue().toLocalDate(), now.toLocalDate())
            : null;
    return new NotableCase(
        c.getId(),
        c.getTrackingNumber(),
        c.getTitle(),
        c.getLeadUnit() == null ? null : c.getLeadUnit().getName(),
        c.getStatus().name(),
        c.getClock().getReplyDue(),
        daysOverdue,
        remark);
  }

  /** One row per unit with its count of each rung of the ladder, most actions first. */
  static List<SupervisedUnit> supervised(List<SupervisionCount> counts) {
    Map<Long, long[]> perUnit = new LinkedHashMap<>();
    Map<Long, String> names = new LinkedHashMap<>();
    for (SupervisionCount c : counts) {
      long[] n = perUnit.computeIfAbsent(c.unitId(), k -> new long[4]);
      names.put(c.unitId(), c.unitName());
      switch (c.action()) {
        case URGE -> n[0] += c.count();
        case ISSUE_SUPERVISION_ORDER -> n[1] += c.count();
        case ISSUE_NOTICE -> n[2] += c.count();
        case RECORD_ACCOUNTABILITY -> n[3] += c.count();
        default -> {} // not a supervision action; the query does not return others
      }
    }
    List<SupervisedUnit> rows = new ArrayList<>();
    perUnit.forEach(
        (id, n) -> rows.add(new SupervisedUnit(id, names.get(id), n[0], n[1], n[2], n[3])));
    rows.sort(
        Comparator.comparingLong(
                (SupervisedUnit u) -> u.urges() + u.orders() + u.notices() + u.accountabilities())
            .reversed()
            .thenComparing(SupervisedUnit::unitId));
    return rows;
  }
}
