package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseOutcome;
import cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionInput.Need;
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
  private static List<FieldViolation> check(CaseAction action, ActionValues values) {
    return CaseActions.of(action).violations(values);
  }

  /** The expected table, written out by hand so that a change to the rules shows up here. */
  private static Map<ActionInput, Need> expected(CaseAction action) {
    Map<ActionInput, Need> inputs = new EnumMap<>(ActionInput.class);
    switch (action) {
      case ACCEPT, SIGN_FOR, APPROVE_EXTENSION, URGE, RESUME ->
          inputs.put(ActionInput.NOTE, Need.OPTIONAL);
      case REJECT,
          RETURN_TO_TRIAGE,
          REFUSE_EXTENSION,
          SEND_REPLY_BACK,
          REOPEN,
          RECORD_PROGRESS,
          ASSIST_OPINION,
          REFUSE_RETURN,
          ISSUE_SUPERVISION_ORDER,
          ISSUE_NOTICE,
          RECORD_ACCOUNTABILITY,
          AWAIT_WRITER ->
          inputs.put(ActionInput.NOTE, Need.REQUIRED);
      case DISPATCH -> {
        inputs.put(ActionInput.NOTE, Need.OPTIONAL);
        inputs.put(ActionInput.LEAD_UNIT, Need.REQUIRED);
        inputs.put(ActionInput.ASSISTING_UNITS, Need.OPTIONAL);
      }
      case REQUEST_EXTENSION -> {
        inputs.put(ActionInput.NOTE, Need.REQUIRED);
        inputs.put(ActionInput.EXTENSION_DAYS, Need.REQUIRED);
      }
      case SUBMIT_REPLY -> inputs.put(ActionInput.REPLY, Need.REQUIRED);
      case APPROVE_REPLY_AND_CLOSE -> {
        inputs.put(ActionInput.NOTE, Need.OPTIONAL);
        inputs.put(ActionInput.OUTCOME, Need.REQUIRED);
      }
      case FOLLOW_UP -> {
        inputs.put(ActionInput.NOTE, Need.OPTIONAL);
        inputs.put(ActionInput.SATISFACTION, Need.REQUIRED);
      }
      case MERGE -> {
        inputs.put(ActionInput.NOTE, Need.OPTIONAL);
        inputs.put(ActionInput.MERGE_INTO, Need.REQUIRED);
      }
    }
    return inputs;
  }

  @ParameterizedTest
  @EnumSource(CaseAction.class)
  void tableMatchesExpectation(CaseAction action) {
    assertEquals(expected(action), CaseActions.of(action).inputs());
  }

  @ParameterizedTest
  @EnumSource(CaseAction.class)
  void everyReasonTheLifecycleDemandsIsRequired(CaseAction action) {
    if (new CaseLifecycle().requiresReason(action)) {
      assertEquals(
          Need.REQUIRED, CaseActions.of(action).inputs().get(ActionInput.NOTE), action.name());
      assertTrue(CaseActions.of(action).noteIsReason());
    }
  }

  @ParameterizedTest
  @EnumSource(CaseAction.class)
  void everythingRequiredAndOptionalGivenPasses(CaseAction action) {
    assertEquals(List.of(), check(action, full(CaseActions.of(action).inputs().keySet())));
  }

  @ParameterizedTest
  @EnumSource(CaseAction.class)
  void onlyTheRequiredInputsPass(CaseAction action) {
    List<ActionInput> required =
        CaseActions.of(action).inputs().entrySet().stream()
            .filter(entry -> entry.getValue() == Need.REQUIRED)
            .map(Map.Entry::getKey)
            .toList();
    assertEquals(List.of(), check(action, full(required)));
  }

  @ParameterizedTest
  @EnumSource(CaseAction.class)
  void eachMissingRequiredInputIsNamed(CaseAction action) {
    for (Map.Entry<ActionInput, Need> entry : CaseActions.of(action).inputs().entrySet()) {
      if (entry.getValue() != Need.REQUIRED) {
        continue;
      }
      List<ActionInput> allButOne =
          CaseActions.of(action).inputs().keySet().stream()
              .filter(i -> i != entry.getKey())
              .toList();
      List<FieldViolation> violations = check(action, full(allButOne));
      assertEquals(1, violations.size(), action + " without " + entry.getKey());
      assertEquals(entry.getKey().field(), violations.get(0).field());
      assertTrue(violations.get(0).messageKey().endsWith(".required"), violations.toString());
    }
  }

  @ParameterizedTest
  @EnumSource(CaseAction.class)
  void inputsTheActionDoesNotTakeAreRefused(CaseAction action) {
    for (ActionInput input : ActionInput.values()) {
      if (CaseActions.of(action).inputs().containsKey(input)) {
        continue;
      }
      List<ActionInput> given = new java.util.ArrayList<>(CaseActions.of(action).inputs().keySet());
      given.add(input);
      List<FieldViolation> violations = check(action, full(given));
      assertEquals(
          List.of(new FieldViolation(input.field(), "handling.notApplicable", Map.of())),
          violations,
          action + " with " + input);
    }
  }

  @Test
  void reasonsAndContentHaveTheirOwnMessages() {
    assertEquals(
        "handling.reason.required", check(CaseAction.REJECT, note(null)).get(0).messageKey());
    assertEquals(
        "handling.note.required",
        check(CaseAction.RECORD_PROGRESS, note(null)).get(0).messageKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\t"})
  void blankTextCountsAsMissing(String blank) {
    assertEquals(List.of("note"), fields(check(CaseAction.REOPEN, note(blank))));
    assertEquals(List.of(), check(CaseAction.ACCEPT, note(blank)));
    ActionValues reply = new ActionValues(null, null, null, null, null, null, null, blank);
    assertEquals(List.of("reply"), fields(check(CaseAction.SUBMIT_REPLY, reply)));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 31, 365})
  void extensionsOutsideOneToThirtyDaysAreRefused(int days) {
    List<FieldViolation> violations = check(CaseAction.REQUEST_EXTENSION, extension(days));
    assertEquals(1, violations.size());
    assertEquals("extensionDays", violations.get(0).field());
    assertEquals("handling.extensionDays.range", violations.get(0).messageKey());
    assertEquals(Map.of("min", 1, "max", 30), violations.get(0).attributes());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 30})
  void extensionsOfOneToThirtyDaysPass(int days) {
    assertEquals(List.of(), check(CaseAction.REQUEST_EXTENSION, extension(days)));
  }

  @Test
  void assistingUnitsMustBeDistinctAndNotTheLead() {
    assertEquals(
        List.of("handling.assistingUnitIds.duplicate"),
        keys(check(CaseAction.DISPATCH, dispatch(1L, List.of(2L, 2L)))));
    assertEquals(
        List.of("handling.assistingUnitIds.includesLead"),
        keys(check(CaseAction.DISPATCH, dispatch(1L, List.of(2L, 1L)))));
    assertEquals(List.of(), check(CaseAction.DISPATCH, dispatch(1L, List.of(2L, 3L))));
    assertEquals(List.of(), check(CaseAction.DISPATCH, dispatch(1L, List.of())));
    assertEquals(
        List.of("handling.leadUnitId.required"),
        keys(check(CaseAction.DISPATCH, dispatch(null, null))));
  }

  @Test
  void violationsAreSortedByField() {
    ActionValues everythingWrong =
        new ActionValues(null, 1L, List.of(2L), CaseOutcome.SOLVED, null, 3, null, "答复");
    List<String> fields = fields(check(CaseAction.ACCEPT, everythingWrong));
    assertEquals(
        List.of("assistingUnitIds", "extensionDays", "leadUnitId", "outcome", "reply"), fields);
  }

  @Test
  void onlySubmitReplyHasNoNote() {
    for (CaseAction action : CaseAction.values()) {
      assertEquals(
          action != CaseAction.SUBMIT_REPLY,
          CaseActions.of(action).inputs().containsKey(ActionInput.NOTE),
          action.name());
    }
    assertFalse(CaseActions.of(CaseAction.ACCEPT).noteIsReason());
    assertTrue(CaseActions.of(CaseAction.REQUEST_EXTENSION).noteIsReason());
  }

  private static ActionValues note(String note) {
    return new ActionValues(note, null, null, null, null, null, null, null);
  }

  private static ActionValues extension(int days) {
    return new ActionValues("需要协调两个部门", null, null, null, null, days, null, null);
  }

  private static ActionValues dispatch(Long lead, List<Long> assisting) {
    return new ActionValues(null, lead, assisting, null, null, null, null, null);
  }

  /** A valid value in each given input and nothing else. */
  private static ActionValues full(java.util.Collection<ActionInput> inputs) {
    return new ActionValues(
        inputs.contains(ActionInput.NOTE) ? "说明" : null,
        inputs.contains(ActionInput.LEAD_UNIT) ? 10L : null,
        inputs.contains(ActionInput.ASSISTING_UNITS) ? List.of(11L, 12L) : null,
        inputs.contains(ActionInput.OUTCOME) ? CaseOutcome.EXPLAINED : null,
        inputs.contains(ActionInput.SATISFACTION) ? Satisfaction.NEUTRAL : null,
        inputs.contains(ActionInput.EXTENSION_DAYS) ? 5 : null,
        inputs.contains(ActionInput.MERGE_INTO) ? 99L : null,
        inputs.contains(ActionInput.REPLY) ? "答复内容" : null);
  }

  private static List<String> fields(List<FieldViolation> violations) {
    return violations.stream().map(FieldViolation::field).toList();
  }

  private static List<String> keys(List<FieldViolation> violations) {
    return violations.stream().map(FieldViolation::messageKey).toList();
  }
}
