package cn.gov.bizenv.casetracking.application.supervision.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.calendar.DeadlineView;
import cn.gov.bizenv.casetracking.application.calendar.internal.WorkingDayCalendars;
import cn.gov.bizenv.casetracking.application.cases.internal.CaseClock;
import cn.gov.bizenv.casetracking.application.supervision.OverdueCase;
import cn.gov.bizenv.casetracking.application.supervision.Supervision;
import cn.gov.bizenv.casetracking.application.supervision.SweepResult;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.supervision.SupervisionStep;
import cn.gov.bizenv.casetracking.domain.model.supervision.SupervisionStepRepository;
import cn.gov.bizenv.casetracking.domain.model.timelimit.DeadlinePlan;
import cn.gov.bizenv.casetracking.domain.model.timelimit.OverdueStep;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The sweep walks the open dispatched cases in id batches and raises what has fallen due: the
 * sign-off reminder, the warnings at the configured shares of the time used, and the ladder steps
 * on their working-day dates. The sweep itself runs from the platform's timer without a caller
 * ({@code @PermitAll}); the API offers it to supervisors and administrators only. The overdue board
 * is for the office's roles.
 */
@Stateless
@PermitAll
public class SupervisionService implements Supervision {
  static final int BATCH = 200;
  private static final Logger LOG = Logger.getLogger(SupervisionService.class.getName());

  @Inject CaseFileRepository cases;
  @Inject SupervisionStepRepository steps;
  @Inject SupervisionStepRecorder recorder;
  @Inject CaseClock caseClock;
  @Inject WorkingDayCalendars calendars;

  @Override
  public SweepResult sweep(LocalDateTime asOf) {
    int checked = 0;
    int raised = 0;
    long after = 0;
    for (List<CaseFile> batch = cases.onTheClock(after, BATCH);
        !batch.isEmpty();
        batch = cases.onTheClock(after, BATCH)) {
      for (CaseFile caseFile : batch) {
        checked++;
        after = caseFile.getId();
        raised += raiseDue(caseFile, asOf);
      }
    }
    if (raised > 0) {
      final int count = raised;
      final int seen = checked;
      LOG.info(() -> "supervision sweep: " + seen + " cases checked, " + count + " steps raised");
    }
    return new SweepResult(checked, raised);
  }

  private int raiseDue(CaseFile caseFile, LocalDateTime asOf) {
    Set<String> done = steps.raised(caseFile.getId(), caseFile.getClock().getRound());
    int raised = 0;
    for (Map.Entry<String, LocalDate> due : dueSteps(caseFile, asOf).entrySet()) {
      if (done.contains(due.getKey())) {
        continue;
      }
      try {
        recorder.raise(
            caseFile.getId(), caseFile.getClock().getRound(), due.getKey(), due.getValue());
        raised++;
      } catch (EJBException raisedElsewhere) {
        // Another server raised this step first: the unique constraint refused the second one.
        LOG.fine(() -> "step " + due.getKey() + " of case " + caseFile.getId() + " already raised");
      }
    }
    return raised;
  }

  /** Steps due by {@code asOf}, in the order they fall due. */
  private Map<String, LocalDate> dueSteps(CaseFile caseFile, LocalDateTime asOf) {
    LocalDate today = asOf.toLocalDate();
    Map<String, LocalDate> due = new LinkedHashMap<>();
    if (caseFile.getStatus() == CaseStatus.DISPATCHED
        && caseFile.getClock().getSignOffDue().isBefore(asOf)) {
      due.put(SupervisionStep.SIGN_OFF_OVERDUE, caseFile.getClock().getSignOffDue().toLocalDate());
    }
    DeadlineView plan = caseClock.plan(caseFile);
    for (DeadlinePlan.Warning warning : plan.warnings()) {
      if (!warning.date().isAfter(today)) {
        due.put(SupervisionStep.warning(warning.percent()), warning.date());
      }
    }
    for (DeadlinePlan.LadderDate step : plan.ladder()) {
      if (!step.date().isAfter(today)) {
        due.put(step.step().name(), step.date());
      }
    }
    return due;
  }

  @Override
  @RolesAllowed({SUPERVISOR, LEADER, TRIAGE_OFFICER, ADMINISTRATOR})
  public Page<OverdueCase> overdue(LocalDateTime asOf, PageRequest page) {
    LocalDate today = asOf.toLocalDate();
    var calendar = calendars.current();
    List<OverdueCase> rows =
        cases.overdue(asOf, page).stream()
            .map(
                caseFile ->
                    new OverdueCase(
                        caseFile.getId(),
                        caseFile.getTrackingNumber(),
                        caseFile.getTitle(),
                        caseFile.getLeadUnit() == null ? null : caseFile.getLeadUnit().getName(),
                        caseFile.getStatus(),
                        caseFile.getClock().getReplyDue(),
                        Math.max(
                            0,
                            calendar.workingDaysBetween(
                                caseFile.getClock().getReplyDue().toLocalDate(), today)),
                        highestStep(
                            steps.raised(caseFile.getId(), caseFile.getClock().getRound()))))
            .toList();
    return new Page<>(rows, cases.countOverdue(asOf));
  }

  static String highestStep(Set<String> raised) {
    OverdueStep[] ladder = OverdueStep.values();
    for (int i = ladder.length - 1; i >= 0; i--) {
      if (raised.contains(ladder[i].name())) {
        return ladder[i].name();
      }
    }
    return null;
  }
}
