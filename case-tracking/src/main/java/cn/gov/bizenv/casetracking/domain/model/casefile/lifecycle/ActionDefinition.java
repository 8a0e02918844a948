package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEvent.Facts;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEventType;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionInput.Need;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One row of {@link CaseActions}: what an action takes, what it does to the case, what the timeline
 * records, what happens to the clock and whose move it is next. Who may take it in which status is
 * {@link CaseLifecycle}'s table.
 *
 * @param inputs the inputs in the order a form shows them
 * @param note what the note is to this action
 * @param checks the action's own checks of the values given, beyond required and absent inputs
 * @param effect the change to the case, returning what the event records beside the note
 * @param milestone whether the people who watch the case hear of it
 */
public record ActionDefinition(
    CaseAction action,
    Map<ActionInput, Need> inputs,
    NoteKind note,
    ValueCheck checks,
    Effect effect,
    CaseEventType event,
    ClockEffect clock,
    NextActor next,
    boolean milestone) {

  /** What the note of an action is: pages label it and errors name it accordingly. */
  public enum NoteKind {
    /** An optional remark. */
    REMARK,
    /** A decision explained to someone else (a refusal, a return, a reopening): required. */
    REASON,
    /** The reason for a request that someone else decides: required. */
    REQUEST,
    /**
     * The action's substance (a progress note, an order, what the writer must supply): required.
     */
    CONTENT,
    /** No note: the reply is the action's text on the timeline. */
    NONE
  }

  /** Changes the case as the action requires. */
  @FunctionalInterface
  public interface Effect {
    Facts apply(CaseFile caseFile, ActionValues values, ActionContext context);
  }

  /** An action's own checks of its values; empty when they fit. */
  @FunctionalInterface
  public interface ValueCheck {
    ValueCheck NONE = values -> List.of();

    List<FieldViolation> violations(ActionValues values);
  }

  public ActionDefinition {
    inputs = Collections.unmodifiableMap(new EnumMap<>(inputs));
  }

  /** Whether the note is a reason given to someone else rather than a description or remark. */
  public boolean noteIsReason() {
    return note == NoteKind.REASON || note == NoteKind.REQUEST;
  }

  /**
   * The violations of the values against this row, sorted by field; empty when they fit. Whether
   * the units and cases named exist is for the effect to find out.
   */
  public List<FieldViolation> violations(ActionValues values) {
    List<FieldViolation> violations = new ArrayList<>();
    for (ActionInput input : ActionInput.values()) {
      boolean given = values.given(input);
      Need need = inputs.get(input);
      if (need == null && given) {
        violations.add(new FieldViolation(input.field(), "handling.notApplicable", Map.of()));
      } else if (need == Need.REQUIRED && !given) {
        violations.add(new FieldViolation(input.field(), requiredKey(input), Map.of()));
      }
    }
    violations.addAll(checks.violations(values));
    violations.sort(Comparator.comparing(FieldViolation::field));
    return List.copyOf(violations);
  }

  private String requiredKey(ActionInput input) {
    if (input != ActionInput.NOTE) {
      return "handling." + input.field() + ".required";
    }
    return noteIsReason() ? "handling.reason.required" : "handling.note.required";
  }
}
