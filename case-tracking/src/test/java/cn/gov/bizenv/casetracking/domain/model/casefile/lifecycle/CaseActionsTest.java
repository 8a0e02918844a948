package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEvent.Facts;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What each action's row sets in motion besides its inputs (which {@link CaseActionInputsTest}
 * covers): the event it records, what happens to the clock, whose move it is next and whether
 * watchers hear of it. The expectations are written out by hand, so that a changed row shows here.
 */
class CaseActionsTest {
  static final Set<CaseAction> MILESTONES =
      EnumSet.of(
          CaseAction.ACCEPT,
          CaseAction.REJECT,
          CaseAction.DISPATCH,
          CaseAction.SUBMIT_REPLY,
          CaseAction.APPROVE_REPLY_AND_CLOSE,
          CaseAction.REOPEN,
          CaseAction.MERGE);

  static ClockEffect expectedClock(CaseAction action) {
    return switch (action) {
      case DISPATCH -> ClockEffect.START_AT_DISPATCH;
      case REOPEN -> ClockEffect.RESTART_AT_REOPENING;
      case APPROVE_EXTENSION -> ClockEffect.APPLY_EXTENSION;
      case RESUME -> ClockEffect.APPLY_PAUSES;
      default -> ClockEffect.NONE;
    };
  }

  static NextActor expectedNext(CaseAction action) {
    return switch (action) {
      case DISPATCH -> NextActor.LEAD_AND_ASSISTING_UNITS;
      case SEND_REPLY_BACK,
          REOPEN,
          APPROVE_EXTENSION,
          REFUSE_EXTENSION,
          REFUSE_RETURN,
          ASSIST_OPINION ->
          NextActor.LEAD_UNIT;
      case RETURN_TO_TRIAGE, SUBMIT_REPLY -> NextActor.TRIAGE_OFFICERS;
      case REQUEST_EXTENSION -> NextActor.TRIAGE_OFFICERS_AND_SUPERVISORS;
      default -> NextActor.NOBODY;
    };
  }

  @ParameterizedTest
  @EnumSource(CaseAction.class)
  void eachRowRecordsItsEventMovesTheClockAndTellsWhoIsNext(CaseAction action) {
    ActionDefinition row = CaseActions.of(action);
    assertEquals(action, row.action());
    assertEquals(action.name(), row.event().name());
    assertEquals(expectedClock(action), row.clock(), action.name());
    assertEquals(expectedNext(action), row.next(), action.name());
    assertEquals(MILESTONES.contains(action), row.milestone(), action.name());
  }

  @Test
  void dispatchingSetsTheUnitsTheContextFindsAndRecordsTheirNames() {
    CaseFile caseFile = acceptedCase();
    Unit lead = unit("市市场监督管理局");
    Unit assisting = unit("华龙区");
    ActionValues values = new ActionValues(null, 1L, List.of(2L), null, null, null, null, null);

    Facts facts =
        CaseActions.of(CaseAction.DISPATCH)
            .effect()
            .apply(caseFile, values, context(id -> id == 1L ? lead : assisting));

    assertEquals(lead, caseFile.getLeadUnit());
    assertEquals(Set.of(assisting), caseFile.getAssistingUnits());
    assertEquals(Facts.dispatch("市市场监督管理局", List.of("华龙区")), facts);
  }

  @Test
  void resumingACaseThatIsNotWaitingIsRefused() {
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () ->
                CaseActions.of(CaseAction.RESUME)
                    .effect()
                    .apply(
                        acceptedCase(),
                        new ActionValues(null, null, null, null, null, null, null, null),
                        context(id -> null)));
    assertEquals("handling.pause.none", refused.messageKey());
  }

  private static CaseFile acceptedCase() {
    LocalDateTime received = LocalDateTime.of(2026, 3, 2, 9, 0);
    return new CaseFile(Channel.MAYOR_MAILBOX, "标题", "内容", unit("华龙区"), received, "triage");
  }

  private static Unit unit(String name) {
    return new Unit(name, UnitKind.CITY_DEPARTMENT, LocalDateTime.of(2026, 1, 1, 0, 0));
  }

  interface Units {
    Unit find(long id);
  }

  private static ActionContext context(Units units) {
    return new ActionContext() {
      @Override
      public LocalDateTime now() {
        return LocalDateTime.of(2026, 3, 3, 10, 0);
      }

      @Override
      public String actor() {
        return "triage";
      }

      @Override
      public Unit activeUnit(long id, String field, String messageKey) {
        return units.find(id);
      }

      @Override
      public CaseFile mergeTarget(CaseFile caseFile, long targetId) {
        throw new AssertionError("not merged here");
      }
    };
  }
}
