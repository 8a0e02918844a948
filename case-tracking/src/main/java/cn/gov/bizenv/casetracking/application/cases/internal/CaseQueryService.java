package cn.gov.bizenv.casetracking.application.cases.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.audit.AuditLog;
import cn.gov.bizenv.casetracking.application.calendar.internal.WorkingDayCalendars;
import cn.gov.bizenv.casetracking.application.cases.CaseDetail;
import cn.gov.bizenv.casetracking.application.cases.CaseQueries;
import cn.gov.bizenv.casetracking.application.cases.CaseSlice;
import cn.gov.bizenv.casetracking.application.cases.CaseSummary;
import cn.gov.bizenv.casetracking.application.cases.CaseToDo;
import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.audit.AuditEventType;
import cn.gov.bizenv.casetracking.domain.model.calendar.WorkingDayCalendar;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseAlert;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseCriteria;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseCursor;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseHits;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseSearch;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Case lists and details, scoped by who asks: the office's roles see every case, a unit handler
 * only the cases their unit leads or assists (not those it was merely named in before dispatch). A
 * case outside the caller's scope is reported as not found, so that its existence is not revealed.
 */
@Stateless
@RolesAllowed({TRIAGE_OFFICER, UNIT_HANDLER, SUPERVISOR, LEADER})
public class CaseQueryService implements CaseQueries {
  @Inject AuditLog audit;
  @Inject CaseFileRepository cases;
  @Inject Callers callers;
  @Inject CaseAccess access;
  @Inject CaseViews views;
  @Inject WorkingDayCalendars calendars;
  @Inject PortalClock clock;
  @Inject CaseSearch search;

  @Override
  public Page<CaseSummary> find(CaseCriteria criteria, PageRequest page) {
    CaseCriteria scoped = scope(criteria == null ? CaseCriteria.any() : criteria);
    WorkingDayCalendar calendar = calendars.current();
    LocalDate today = clock.now().toLocalDate();
    if (!hasText(scoped)) {
      return new Page<>(cases.find(scoped, page), cases.count(scoped))
          .map(caseFile -> CaseViews.summary(caseFile, calendar, today));
    }
    CaseHits hits = search.find(scoped, alerted(scoped), page);
    return new Page<>(cases.findRows(hits.ids()), hits.total())
        .map(
            caseFile ->
                highlighted(scoped, CaseViews.summary(caseFile, calendar, today), caseFile));
  }

  private static boolean hasText(CaseCriteria criteria) {
    return criteria.text() != null && !criteria.text().isBlank();
  }

  /**
   * The alerts depend on the supervision steps, which only the database knows: with text, the index
   * searches among the cases the database finds alerted (at most {@value #ALERTED_MAX}).
   */
  private List<Long> alerted(CaseCriteria criteria) {
    return criteria.alert() == null ? null : cases.findIds(criteria, ALERTED_MAX);
  }

  private static final int ALERTED_MAX = 5_000;

  private CaseSummary highlighted(CaseCriteria criteria, CaseSummary row, CaseFile caseFile) {
    return row.withHighlights(
        search.highlight(criteria.text(), caseFile.getTitle(), caseFile.getContent()));
  }

  @Override
  public CaseSlice findAfter(CaseCriteria criteria, String after, int limit) {
    CaseCursor cursor = null;
    if (after != null && !after.isBlank()) {
      cursor =
          CaseCursor.parse(after)
              .orElseThrow(() -> InvalidInputException.of("after", "param.after"));
    }
    if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + PageRequest.MAX_LIMIT);
    }
    CaseCriteria scoped = scope(criteria == null ? CaseCriteria.any() : criteria);
    // One row more than asked tells whether a next page exists without counting.
    List<CaseFile> found =
        hasText(scoped)
            ? cases.findRows(search.findAfter(scoped, alerted(scoped), cursor, limit + 1).ids())
            : cases.findAfter(scoped, cursor, limit + 1);
    List<CaseFile> page = found.subList(0, Math.min(limit, found.size()));
    String next =
        found.size() > limit ? CaseCursor.after(page.get(page.size() - 1)).toString() : null;
    WorkingDayCalendar calendar = calendars.current();
    LocalDate today = clock.now().toLocalDate();
    return new CaseSlice(
        page.stream()
            .map(
                caseFile -> {
                  CaseSummary row = CaseViews.summary(caseFile, calendar, today);
                  return hasText(scoped) ? highlighted(scoped, row, caseFile) : row;
                })
            .toList(),
        next);
  }

  @Override
  public CaseDetail get(long id) {
    CallerProfile caller = callers.current();
    CaseDetail detail = views.detail(access.visibleCase(id, caller), caller);
    if (detail.writer() != null && !detail.writer().masked()) {
      audit.record(AuditEventType.PERSONAL_DATA_VIEWED, "case " + id, detail.trackingNumber());
    }
    return detail;
  }

  @Override
  public CaseToDo toDo() {
    CaseCriteria all = scope(CaseCriteria.any());
    LocalDateTime now = clock.now();
    return new CaseToDo(
        cases.count(all.withStatus(CaseStatus.DISPATCHED)),
        cases.count(all.withStatus(CaseStatus.IN_PROGRESS)),
        cases.count(all.withAlert(CaseAlert.DUE_SOON, now)),
        cases.count(all.withAlert(CaseAlert.OVERDUE, now)),
        cases.count(all.withAlert(CaseAlert.PRESSED, now)));
  }

  private CaseCriteria scope(CaseCriteria criteria) {
    CallerProfile caller = callers.current();
    CaseCriteria timed =
        criteria.alert() != null && criteria.alertAsOf() == null
            ? criteria.withAlert(criteria.alert(), clock.now())
            : criteria;
    return CaseAccess.seesAll(caller) ? timed : timed.restrictedToUnit(caller.unitId());
  }
}
