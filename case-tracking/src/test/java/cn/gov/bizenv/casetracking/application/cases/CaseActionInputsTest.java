package cn.gov.bizenv.casetracking.application.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.application.cases.CaseActionInputs.Input;
import cn.gov.bizenv.casetracking.application.cases.CaseActionInputs.Need;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseOutcome;
import cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseLifecycle;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each action's inputs: what it needs, what it may take, and what it must not carry. */
class CaseActionInputsTest {

  /** The expected table, written out by hand so that a change to the rules shows up here. */
  private static Map<Input, Need> expected(CaseAction action) {
    Map<Input, Need> inputs = new EnumMap<>(Input.class);
    switch (action) {
      case ACCEPT, SIGN_FOR, APPROVE_EXTENSION, URGE, RESUME ->
          inputs.put(Input.NOTE, Need.OPTIONAL);
      case REJECT,
          RETURN_TO_TRIAGE,
          REFUSE_EXTENSION,
          SEND_REPLY_BACK,
          REOPEN,
          RECORD_PROGRESS,
          ISSUE_SUPERVISION_ORDER,
          ISSUE_NOTICE,
          RECORD_ACCOUNTABILITY,
          AWAIT_WRITER ->
          inputs.put(Input.NOTE, Need.REQUIRED);
      case DISPATCH -> {
        inputs.put(Input.NOTE, Need.OPTIONAL);
        inputs.put(Input.LEAD_UNIT, Need.REQUIRED);
        inputs.put(Input.ASSISTING_UNITS, Need.OPTIONAL);
      }
      case REQUEST_EXTENSION -> {
        inputs.put(Input.NOTE, Need.REQUIRED);
        inputs.put(Input.EXTENSION_DAYS, Need.REQUIRED);
      }
      case SUBMIT_REPLY -> inputs.put(Input.REPLY, Need.REQUIRED);
      case APPROVE_REPLY_AND_CLOSE -> {
        inputs.put(Input.NOTE, Need.OPTIONAL);
        inputs.put(Input.OUTCOME, Need.REQUIRED);
      }
      case FOLLOW_UP -> {
        inputs.put(Input.NOTE, Need.OPTIONAL);
        inputs.put(Input.SATISFACTION, Need.REQUIRED);
      }
      case MERGE -> {
        inputs.put(Input.NOTE, Need.OPTIONAL);
        inputs.put(Input.MERGE_INTO, Need.REQUIRED);
      }
    }
    return inputs;
  }

  @ParameterizedTest
  @EnumSource(CaseAction.class)
  void tableMatchesExpectation(CaseAction action) {
    assertEquals(expected(action), CaseActionInputs.of(action));
  }

  @ParameterizedTest
  @EnumSource(CaseAction.class)
  void everyReasonTheLifecycleDemandsIsRequired(CaseAction action) {
    if (new CaseLifecycle().requiresReason(action)) {
      assertEquals(Need.REQUIRED, CaseActionInputs.of(action).get(Input.NOTE), action.name());
      assertTrue(CaseActionInputs.noteIsReason(action));
    }
  }

  @ParameterizedTest
  @EnumSource(CaseAction.class)
  void everythingRequiredAndOptionalGivenPasses(CaseAction action) {
    assertEquals(
        List.of(), CaseActionInputs.check(full(action, CaseActionInputs.of(action).keySet())));
  }

  @ParameterizedTest
  @EnumSource(CaseAction.class)
  void onlyTheRequiredInputsPass(CaseAction action) {
    List<Input> required =
        CaseActionInputs.of(action).entrySet().stream()
            .filter(entry -> entry.getValue() == Need.REQUIRED)
            .map(Map.Entry::getKey)
            .toList();
    assertEquals(List.of(), CaseActionInputs.check(full(action, required)));
  }

  @ParameterizedTest
  @EnumSource(CaseAction.class)
  void eachMissingRequiredInputIsNamed(CaseAction action) {
    for (Map.Entry<Input, Need> entry : CaseActionInputs.of(action).entrySet()) {
      if (entry.getValue() != Need.REQUIRED) {
        continue;
      }
      List<Input> allButOne =
          CaseActionInputs.of(action).keySet().stream().filter(i -> i != entry.getKey()).toList();
      List<FieldViolation> violations = CaseActionInputs.check(full(action, allButOne));
      assertEquals(1, violations.size(), action + " without " + entry.getKey());
      assertEquals(entry.getKey().field(), violations.get(0).field());
      assertTrue(violations.get(0).messageKey().endsWith(".required"), violations.toString());
    }
  }

  @ParameterizedTest
  @EnumSource(CaseAction.class)
  void inputsTheActionDoesNotTakeAreRefused(CaseAction action) {
    for (Input input : Input.values()) {
      if (CaseActionInputs.of(action).containsKey(input)) {
        continue;
      }
      List<Input> given = new java.util.ArrayList<>(CaseActionInputs.of(action).keySet());
      given.add(input);
      List<FieldViolation> violations = CaseActionInputs.check(full(action, given));
      assertEquals(
          List.of(new FieldViolation(input.field(), "handling.notApplicable", Map.of())),
          violations,
          action + " with " + input);
    }
  }

  @Test
  void reasonsAndContentHaveTheirOwnMessages() {
    assertEquals(
        "handling.reason.required",
        CaseActionInputs.check(CaseActionCommand.of(CaseAction.REJECT, 1, null))
            .get(0)
            .messageKey());
    assertEquals(
        "handling.note.required",
        CaseActionInputs.check(CaseActionCommand.of(CaseAction.RECORD_PROGRESS, 1, null))
            .get(0)
            .messageKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\t"})
  void blankTextCountsAsMissing(String blank) {
    assertEquals(
        List.of("note"),
        fields(CaseActionInputs.check(CaseActionCommand.of(CaseAction.REOPEN, 1, blank))));
    assertEquals(
        List.of(), CaseActionInputs.check(CaseActionCommand.of(CaseAction.ACCEPT, 1, blank)));
    CaseActionCommand reply =
        new CaseActionCommand(
            CaseAction.SUBMIT_REPLY, 1L, null, null, null, null, null, null, null, blank);
    assertEquals(List.of("reply"), fields(CaseActionInputs.check(reply)));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 31, 365})
  void extensionsOutsideOneToThirtyDaysAreRefused(int days) {
    List<FieldViolation> violations = CaseActionInputs.check(extension(days));
    assertEquals(1, violations.size());
    assertEquals("extensionDays", violations.get(0).field());
    assertEquals("handling.extensionDays.range", violations.get(0).messageKey());
    assertEquals(Map.of("min", 1, "max", 30), violations.get(0).attributes());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 30})
  void extensionsOfOneToThirtyDaysPass(int days) {
    assertEquals(List.of(), CaseActionInputs.check(extension(days)));
  }

  @Test
  void assistingUnitsMustBeDistinctAndNotTheLead() {
    assertEquals(
        List.of("handling.assistingUnitIds.duplicate"),
        keys(CaseActionInputs.check(dispatch(1L, List.of(2L, 2L)))));
    assertEquals(
        List.of("handling.assistingUnitIds.includesLead"),
        keys(CaseActionInputs.check(dispatch(1L, List.of(2L, 1L)))));
    assertEquals(List.of(), CaseActionInputs.check(dispatch(1L, List.of(2L, 3L))));
    assertEquals(List.of(), CaseActionInputs.check(dispatch(1L, List.of())));
    assertEquals(
        List.of("handling.leadUnitId.required"),
        keys(CaseActionInputs.check(dispatch(null, null))));
  }

  @Test
  void violationsAreSortedByField() {
    CaseActionCommand everythingWrong =
        new CaseActionCommand(
            CaseAction.ACCEPT, 1L, null, 1L, List.of(2L), CaseOutcome.SOLVED, null, 3, null, "答复");
    List<String> fields = fields(CaseActionInputs.check(everythingWrong));
    assertEquals(
        List.of("assistingUnitIds", "extensionDays", "leadUnitId", "outcome", "reply"), fields);
  }

  @Test
  void onlySubmitReplyHasNoNote() {
    for (CaseAction action : CaseAction.values()) {
      assertEquals(
          action != CaseAction.SUBMIT_REPLY,
          CaseActionInputs.of(action).containsKey(Input.NOTE),
          action.name());
    }
    assertFalse(CaseActionInputs.noteIsReason(CaseAction.ACCEPT));
    assertTrue(CaseActionInputs.noteIsReason(CaseAction.REQUEST_EXTENSION));
  }

  private static CaseActionCommand extension(int days) {
    return new CaseActionCommand(
        CaseAction.REQUEST_EXTENSION, 1L, "需要协调两个部门", null, null, null, null, days, null, null);
  }

  private static CaseActionCommand dispatch(Long lead, List<Long> assisting) {
    return new CaseActionCommand(
        CaseAction.DISPATCH, 1L, null, lead, assisting, null, null, null, null, null);
  }

  /** A command for the action with a valid value in each given input and nothing else. */
  private static CaseActionCommand full(CaseAction action, java.util.Collection<Input> inputs) {
    return new CaseActionCommand(
        action,
        1L,
        inputs.contains(Input.NOTE) ? "说明" : null,
        inputs.contains(Input.LEAD_UNIT) ? 10L : null,
        inputs.contains(Input.ASSISTING_UNITS) ? List.of(11L, 12L) : null,
        inputs.contains(Input.OUTCOME) ? CaseOutcome.EXPLAINED : null,
        inputs.contains(Input.SATISFACTION) ? Satisfaction.NEUTRAL : null,
        inputs.contains(Input.EXTENSION_DAYS) ? 5 : null,
        inputs.contains(Input.MERGE_INTO) ? 99L : null,
        inputs.contains(Input.REPLY) ? "答复内容" : null);
  }

  private static List<String> fields(List<FieldViolation> violations) {
    return violations.stream().map(FieldViolation::field).toList();
  }

  private static List<String> keys(List<FieldViolation> violations) {
    return violations.stream().map(FieldViolation::messageKey).toList();
  }
}
