package cn.gov.bizenv.casetracking.domain.model.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseActions;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.Transition;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The case's own data rules; which actions are allowed at all is the lifecycle's test. */
class CaseFileTest {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 9, 30);

  final Unit market = new Unit("市市场监督管理局", UnitKind.CITY_DEPARTMENT, NOW);
  final Unit huaLong = new Unit("华龙区", UnitKind.COUNTY_OR_DISTRICT, NOW);
  final CaseFile caseFile =
      new CaseFile(Channel.MAYOR_MAILBOX, " 标题 ", "内容", market, NOW, "triage");

  @Test
  void aNewCaseWaitsForTriageWithNothingDecided() {
    assertEquals(CaseStatus.NEW, caseFile.getStatus());
    assertEquals("标题", caseFile.getTitle());
    assertNull(caseFile.getLeadUnit());
    assertTrue(caseFile.getAssistingUnits().isEmpty());
    assertFalse(caseFile.hasPendingExtension());
    assertEquals(0, caseFile.getReopenCount());
  }

  @Test
  void followsOnlyTransitionsFromItsCurrentStatus() {
    caseFile.follow(new Transition(CaseStatus.NEW, CaseAction.ACCEPT, CaseStatus.ACCEPTED));
    assertEquals(CaseStatus.ACCEPTED, caseFile.getStatus());
    assertThrows(
        IllegalStateException.class,
        () ->
            caseFile.follow(
                new Transition(CaseStatus.NEW, CaseAction.ACCEPT, CaseStatus.ACCEPTED)));
  }

  @Test
  void dispatchReplacesTheUnitsAndLapsesAPendingExtension() {
    caseFile.dispatchTo(market, List.of(huaLong));
    assertEquals(market, caseFile.getLeadUnit());
    assertEquals(List.of(huaLong), List.copyOf(caseFile.getAssistingUnits()));
    caseFile.requestExtension(5, "需要现场核实");
    caseFile.dispatchTo(huaLong, List.of());
    assertEquals(huaLong, caseFile.getLeadUnit());
    assertTrue(caseFile.getAssistingUnits().isEmpty());
    assertFalse(caseFile.hasPendingExtension());
    assertThrows(
        UnsupportedOperationException.class, () -> caseFile.getAssistingUnits().add(market));
  }

  @Test
  void theLeadCannotAssistAndInactiveUnitsGetNoCases() {
    assertThrows(
        IllegalArgumentException.class, () -> caseFile.dispatchTo(market, List.of(market)));
    huaLong.deactivate();
    assertThrows(IllegalArgumentException.class, () -> caseFile.dispatchTo(huaLong, List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> caseFile.dispatchTo(market, List.of(huaLong)));
  }

  @Test
  void oneExtensionRequestAtATimeAndApprovalAddsItsDays() {
    caseFile.requestExtension(5, " 需要协调 ");
    assertEquals(5, caseFile.getExtension().getRequestedDays());
    assertEquals("需要协调", caseFile.getExtension().getRequestReason());
    assertThrows(IllegalStateException.class, () -> caseFile.requestExtension(3, "再延"));
    assertEquals(5, caseFile.approveExtension());
    assertFalse(caseFile.hasPendingExtension());
    caseFile.requestExtension(10, "再次申请");
    assertEquals(10, caseFile.refuseExtension());
    assertEquals(5, caseFile.getExtension().getGrantedDays(), "a refused request adds nothing");
    assertThrows(IllegalStateException.class, caseFile::approveExtension);
    assertThrows(IllegalStateException.class, caseFile::refuseExtension);
  }

  @Test
  void extensionsNeedOneToThirtyDaysAndAReason() {
    assertThrows(IllegalArgumentException.class, () -> caseFile.requestExtension(0, "理由"));
    assertThrows(IllegalArgumentException.class, () -> caseFile.requestExtension(31, "理由"));
    assertThrows(IllegalArgumentException.class, () -> caseFile.requestExtension(5, " "));
    assertFalse(caseFile.hasPendingExtension());
  }

  @Test
  void aCaseIsClosedOnItsReplyWithAnOutcome() {
    assertThrows(IllegalStateException.class, () -> caseFile.close(CaseOutcome.SOLVED, NOW));
    caseFile.submitReply(" 已办理完毕。 ", "unit", NOW);
    assertEquals("已办理完毕。", caseFile.getReply().getText());
    assertEquals("unit", caseFile.getReply().getAuthor());
    caseFile.close(CaseOutcome.PLANNED, NOW.plusDays(1));
    assertEquals(CaseOutcome.PLANNED, caseFile.getOutcome());
    assertEquals(NOW.plusDays(1), caseFile.getClosedAt());
    assertThrows(
        IllegalArgumentException.class, () -> caseFile.submitReply("长".repeat(2001), "unit", NOW));
  }

  @ParameterizedTest
  @EnumSource(Satisfaction.class)
  void onlyABadRatingMakesTheCaseDueForReopening(Satisfaction rating) {
    caseFile.recordRating(rating);
    assertEquals(rating, caseFile.getSatisfaction());
    assertEquals(rating.level() <= 2, caseFile.isReopenDue());
  }

  @Test
  void reopeningCountsAndForgetsTheFailedClosing() {
    caseFile.submitReply("答复", "unit", NOW);
    caseFile.close(CaseOutcome.SOLVED, NOW);
    caseFile.recordRating(Satisfaction.VERY_DISSATISFIED);
    caseFile.reopen();
    assertEquals(1, caseFile.getReopenCount());
    assertFalse(caseFile.isReopenDue());
    assertNull(caseFile.getOutcome());
    assertNull(caseFile.getClosedAt());
    assertNull(caseFile.getSatisfaction());
    assertEquals("答复", caseFile.getReply().getText(), "the unit revises its earlier reply");
  }

  @Test
  void aCaseCannotBeMergedIntoItself() {
    assertThrows(IllegalArgumentException.class, () -> caseFile.mergeInto(caseFile));
    CaseFile unsaved = new CaseFile(Channel.MAYOR_MAILBOX, "另一件", "内容", market, NOW, "triage");
    assertThrows(IllegalArgumentException.class, () -> caseFile.mergeInto(unsaved), "no id yet");
  }

  @Test
  void satisfactionLevelsAndBadRatings() {
    assertEquals(5, Satisfaction.values().length);
    for (int i = 0; i < 5; i++) {
      assertEquals(i + 1, Satisfaction.values()[i].level());
    }
    assertTrue(Satisfaction.VERY_DISSATISFIED.isBad());
    assertTrue(Satisfaction.DISSATISFIED.isBad());
    assertFalse(Satisfaction.NEUTRAL.isBad());
  }

  @Test
  void outcomeClassesAreAtoD() {
    assertEquals(
        List.of("A", "B", "C", "D"),
        java.util.Arrays.stream(CaseOutcome.values()).map(CaseOutcome::classLetter).toList());
  }

  @ParameterizedTest
  @EnumSource(CaseAction.class)
  void everyActionHasItsEventType(CaseAction action) {
    assertEquals(action.name(), CaseActions.of(action).event().name());
  }

  @Test
  void eventTypesAreTheActionsAndRecording() {
    assertEquals(CaseAction.values().length + 1, CaseEventType.values().length);
    assertEquals(CaseEventType.RECORDED, CaseEventType.values()[0]);
  }

  @Test
  void eventsKeepWhatTheActionDecided() {
    CaseEvent event =
        new CaseEvent(
            7,
            CaseEventType.DISPATCH,
            "triage",
            NOW,
            CaseStatus.ACCEPTED,
            CaseStatus.DISPATCHED,
            null,
            CaseEvent.Facts.dispatch("市市场监督管理局", List.of("华龙区", "清丰县")));
    assertEquals(List.of("华龙区", "清丰县"), event.getFacts().assistingUnitNames());
    assertEquals("市市场监督管理局", event.getFacts().leadUnitName());
    CaseEvent plain =
        new CaseEvent(
            7, CaseEventType.ACCEPT, "triage", NOW, CaseStatus.NEW, CaseStatus.ACCEPTED, null);
    assertEquals(CaseEvent.Facts.NONE, plain.getFacts());
  }
}
