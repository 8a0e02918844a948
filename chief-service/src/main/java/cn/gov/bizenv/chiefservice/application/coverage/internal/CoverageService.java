package cn.gov.bizenv.chiefservice.application.coverage.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.ADMINISTRATOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.LEADER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.SUPERVISOR;

import cn.gov.bizenv.casetracking.application.reports.ReportPeriod;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.chiefservice.application.coverage.Coverage;
import cn.gov.bizenv.chiefservice.application.coverage.Coverage.OfficerCoverage;
import cn.gov.bizenv.chiefservice.application.coverage.CoverageReports;
import cn.gov.bizenv.chiefservice.application.internal.Names;
import cn.gov.bizenv.chiefservice.domain.model.coverage.CoverageFigures;
import cn.gov.bizenv.chiefservice.domain.model.coverage.FirmsCovered;
import cn.gov.bizenv.chiefservice.domain.model.coverage.OfficerActivity;
import cn.gov.bizenv.chiefservice.domain.model.coverage.PushReach;
import cn.gov.bizenv.chiefservice.domain.model.delivery.ReachCount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/** Coverage for leaders, supervisors and administrators (who also read officers' names). */
@Stateless
@RolesAllowed({LEADER, SUPERVISOR, ADMINISTRATOR})
public class CoverageService implements CoverageReports {
  @Inject CoverageFigures figures;
  @Inject Names names;

  @Override
  public Coverage coverage(LocalDate from, LocalDate to) {
    if (from == null) {
      throw InvalidInputException.of("from", "report.period.required");
    }
    if (to == null) {
      throw InvalidInputException.of("to", "report.period.required");
    }
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to", "report.period.reversed");
    }
    if (ChronoUnit.DAYS.between(from, to) >= ReportPeriod.MAX_DAYS) {
      throw InvalidInputException.of("to", "report.period.tooLong");
    }
    List<OfficerActivity> activity = figures.perOfficer(from, to);
    Map<Long, String> officerNames =
        names.officers(activity.stream().map(OfficerActivity::officerId).toList());
    List<OfficerCoverage> officers =
        activity.stream()
            .map(
                a ->
                    new OfficerCoverage(
                        a.officerId(),
                        officerNames.get(a.officerId()),
                        a.firms(),
                        a.firmsVisited(),
                        a.visitsHeld(),
                        a.visitsNotHeld(),
                        a.problemsRaised()))
            .sorted(
                Comparator.comparingLong(OfficerCoverage::visitsHeld)
                    .reversed()
                    .thenComparing(OfficerCoverage::officerId))
            .toList();
    FirmsCovered firms = figures.firms(from, to);
    long due = firms.due();
    long visited = firms.visited();
    PushReach pushes = figures.reach(from, to);
    ReachCount reach = pushes.reach();
    long takenUp = pushes.takenUp();
    return new Coverage(
        from,
        to,
        due,
        visited,
        percent(visited, due),
        officers.stream().mapToLong(OfficerCoverage::visitsHeld).sum(),
        officers.stream().mapToLong(OfficerCoverage::visitsNotHeld).sum(),
        officers.stream().mapToLong(OfficerCoverage::problemsRaised).sum(),
        officers,
        reach.pushed(),
        reach.delivered(),
        reach.acknowledged(),
        reach.applied(),
        reach.redeemed(),
        takenUp,
        percent(takenUp, reach.pushed()));
  }

  @Override
  @Asynchronous
  public Future<Coverage> coverageMeanwhile(LocalDate from, LocalDate to) {
    return new AsyncResult<>(coverage(from, to));
  }

  /** A percent with one decimal, null when the base is empty (as the case reports do). */
  static Double percent(long part, long base) {
    return base == 0 ? null : Math.round(part * 1000.0 / base) / 10.0;
  }
}
