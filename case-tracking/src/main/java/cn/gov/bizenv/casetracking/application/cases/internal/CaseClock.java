package cn.gov.bizenv.casetracking.application.cases.internal;

import cn.gov.bizenv.casetracking.application.calendar.DeadlineQuery;
import cn.gov.bizenv.casetracking.application.calendar.DeadlineView;
import cn.gov.bizenv.casetracking.application.calendar.Deadlines;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ClockEffect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;

/**
 * Puts a case on the working-day clock of its channel's and category's time-limit rule. A first
 * dispatch counts the reply limit from the receipt; a reopened case gets a new round counted from
 * its reopening; an approved extension moves the reply deadline within the round (never past the
 * rule's outer limit: the deadline service refuses that).
 */
@ApplicationScoped
public class CaseClock {
  @Inject Deadlines deadlines;

  /** Does to the clock what an action's row says, once the action has changed the case. */
  public void apply(ClockEffect effect, CaseFile caseFile, LocalDateTime now) {
    switch (effect) {
      case START_AT_DISPATCH -> startAtDispatch(caseFile, now);
      case RESTART_AT_REOPENING -> restartAtReopening(caseFile, now);
      case APPLY_EXTENSION -> applyExtension(caseFile);
      case APPLY_PAUSES -> applyPauses(caseFile);
      case NONE -> {
        // the clock runs on as it is
      }
    }
  }

  public void startAtDispatch(CaseFile caseFile, LocalDateTime dispatchedAt) {
    LocalDateTime basis =
        caseFile.getClock().getRound() == 0 || caseFile.getClock().getBasis() == null
            ? caseFile.getReceivedAt()
            : caseFile.getClock().getBasis();
    start(caseFile, basis, dispatchedAt);
  }

  /** A new round from the reopening, without the earlier round's extensions or a new sign-off. */
  public void restartAtReopening(CaseFile caseFile, LocalDateTime reopenedAt) {
    DeadlineView view = compute(caseFile, reopenedAt, reopenedAt);
    caseFile.restartClock(reopenedAt, reopenedAt, view.replyDue(), view.totalDue());
  }

  /** A finished wait for the writer moves the reply deadline and the outer limit. */
  public void applyPauses(CaseFile caseFile) {
    if (caseFile.getClock().getReplyDue() != null) {
      DeadlineView view = plan(caseFile);
      caseFile.moveDeadlines(view.replyDue(), view.totalDue());
    }
  }

  public void applyExtension(CaseFile caseFile) {
    if (caseFile.getClock().getReplyDue() != null) {
      caseFile.moveReplyDue(plan(caseFile).replyDue());
    }
  }

  /** The case's deadlines, warnings and ladder dates as they stand in its current round. */
  public DeadlineView plan(CaseFile caseFile) {
    return compute(caseFile, caseFile.getClock().getBasis(), caseFile.getClock().getDispatchedAt());
  }

  private void start(CaseFile caseFile, LocalDateTime basis, LocalDateTime startedAt) {
    DeadlineView view = compute(caseFile, basis, startedAt);
    caseFile.startClock(basis, startedAt, view.signOffDue(), view.replyDue(), view.totalDue());
  }

  private DeadlineView compute(CaseFile caseFile, LocalDateTime basis, LocalDateTime startedAt) {
    return deadlines.compute(
        new DeadlineQuery(
            caseFile.getChannel(),
            caseFile.getCategory() == null ? null : caseFile.getCategory().getCode(),
            basis,
            startedAt,
            caseFile.pausesSince(basis),
            caseFile.getExtension().getGrantedDays()));
  }
}
