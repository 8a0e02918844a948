package cn.gov.bizenv.casetracking.application.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.CaseSummary;
import cn.gov.bizenv.casetracking.application.Dashboard;
import cn.gov.bizenv.casetracking.application.ReportPeriod;
import cn.gov.bizenv.casetracking.application.Reports;
import cn.gov.bizenv.casetracking.application.paging.Page;
import cn.gov.bizenv.casetracking.application.paging.PageRequest;
import cn.gov.bizenv.casetracking.domain.model.report.CaseFigures;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.model.report.FigureScope;
import cn.gov.bizenv.casetracking.domain.model.report.Granularity;
import cn.gov.bizenv.casetracking.domain.model.report.ReportFormulas;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;

/** Dashboard figures and drill-downs from {@link CaseFigures}; the office's roles see every case. */
@Stateless
@RolesAllowed({LEADER, SUPERVISOR, ADMINISTRATOR, TRIAGE_OFFICER})
public class ReportsService implements Reports {
  @Inject CaseFigures figures;
  @Inject PortalClock clock;
  @Inject WorkingDayCalendars calendars;

  @Override
  public Dashboard dashboard(ReportPeriod period) {
    FigureScope scope = scope(period);
    long replyDue = figures.count(Figure.REPLY_DUE, null, scope);
    long onTime = figures.count(Figure.ON_TIME, null, scope);
    long rated = figures.count(Figure.RATED, null, scope);
    long satisfied = figures.count(Figure.SATISFIED, null, scope);
    long closedOnce = figures.count(Figure.CLOSED_ONCE, null, scope);
    long reopened = figures.count(Figure.REOPENED, null, scope);
    Granularity granularity = Granularity.suitedTo(period.from(), period.to());
    return new Dashboard(
        period,
        figures.count(Figure.RECEIVED, null, scope),
        figures.count(Figure.CLOSED, null, scope),
        figures.breakdown(Figure.CHANNEL, scope),
        figures.breakdown(Figure.STATUS, scope),
        figures.breakdown(Figure.CATEGORY, scope),
        figures.secondLevelCategories(scope),
        figures.breakdown(Figure.LEAD_UNIT, scope),
        figures.breakdown(Figure.DISTRICT, scope),
        granularity,
        ReportFormulas.series(
            period.from(),
            period.to(),
            granularity,
            figures.receivedPerDay(scope),
            figures.closedPerDay(scope)),
        replyDue,
        onTime,
        ReportFormulas.percent(onTime, replyDue),
        figures.count(Figure.OVERDUE, null, scope),
        figures.count(Figure.HANDLED, null, scope),
        ReportFormulas.averageWorkingDays(
            calendars.current(),
            figures.handledPerDispatchDay(scope),
            figures.handledPerReplyDay(scope)),
        rated,
        satisfied,
        ReportFormulas.percent(satisfied, rated),
        closedOnce,
        reopened,
        ReportFormulas.percent(reopened, closedOnce));
  }

  @Override
  public long count(Figure figure, String key, ReportPeriod period) {
    FigureScope scope = scope(period);
    try {
      return figures.count(required(figure), blankToNull(key), scope);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("key", "report.key.invalid");
    }
  }

  @Override
  public Page<CaseSummary> drillDown(
      Figure figure, String key, ReportPeriod period, PageRequest page) {
    FigureScope scope = scope(period);
    String k = blankToNull(key);
    try {
      return new Page<>(
              figures.cases(required(figure), k, scope, page.offset(), page.limit()),
              figures.count(figure, k, scope))
          .map(CaseViews::summary);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("key", "report.key.invalid");
    }
  }

  private static Figure required(Figure figure) {
    if (figure == null) {
      throw InvalidInputException.of("figure", "report.figure.required");
    }
    return figure;
  }

  private static String blankToNull(String key) {
    return key == null || key.isBlank() ? null : key.trim();
  }

  private FigureScope scope(ReportPeriod period) {
    if (period == null || period.from() == null) {
      throw InvalidInputException.of("from", "report.period.required");
    }
    if (period.to() == null) {
      throw InvalidInputException.of("to", "report.period.required");
    }
    if (period.to().isBefore(period.from())) {
      throw InvalidInputException.of("to", "report.period.reversed");
    }
    if (ChronoUnit.DAYS.between(period.from(), period.to()) >= ReportPeriod.MAX_DAYS) {
      throw InvalidInputException.of("to", "report.period.tooLong");
    }
    return new FigureScope(
        period.from(),
        period.to(),
        period.districtId(),
        period.unitId(),
        period.asOf() == null ? clock.now() : period.asOf());
  }
}
