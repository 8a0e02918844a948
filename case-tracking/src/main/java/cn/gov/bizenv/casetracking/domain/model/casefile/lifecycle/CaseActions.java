package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

import static cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionDefinition.NoteKind.CONTENT;
import static cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionDefinition.NoteKind.NONE;
import static cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionDefinition.NoteKind.REASON;
import static cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionDefinition.NoteKind.REMARK;
import static cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionDefinition.NoteKind.REQUEST;
import static cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionInput.Need.OPTIONAL;
import static cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionInput.Need.REQUIRED;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEvent.Facts;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEventType;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionDefinition.Effect;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionDefinition.NoteKind;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionDefinition.ValueCheck;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionInput.Need;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What each case action takes, does, records and sets in motion, one row per action: read the row
 * of DISPATCH to learn all that DISPATCH means except who may take it when, which is {@link
 * CaseLifecycle}'s table. The service that performs actions, the pages that show their forms, the
 * timeline and the bells all read these rows.
 */
public final class CaseActions {
  private static final Map<CaseAction, ActionDefinition> ROWS = new EnumMap<>(CaseAction.class);

  static {
    // Intake.
    row(CaseAction.ACCEPT, REMARK).milestone().add();
    row(CaseAction.REJECT, REASON)
        .effect(
            (c, v, x) -> {
              c.reject(v.note());
              return Facts.NONE;
            })
        .milestone()
        .add();
    row(CaseAction.MERGE, REMARK)
        .takes(ActionInput.MERGE_INTO, REQUIRED)
        .effect(
            (c, v, x) -> {
              CaseFile target = x.mergeTarget(c, v.mergeIntoCaseId());
              c.mergeInto(target);
              return Facts.mergedInto(target.getTrackingNumber());
            })
        .milestone()
        .add();
    row(CaseAction.DISPATCH, REMARK)
        .takes(ActionInput.LEAD_UNIT, REQUIRED)
        .takes(ActionInput.ASSISTING_UNITS, OPTIONAL)
        .checks(CaseActions::assistingUnitsApart)
        .effect(CaseActions::dispatch)
        .clock(ClockEffect.START_AT_DISPATCH)
        .next(NextActor.LEAD_AND_ASSISTING_UNITS)
        .milestone()
        .add();

    row(CaseAction.REFUSE_RETURN, REASON).next(NextActor.LEAD_UNIT).add();

    // The lead unit's handling.
    row(CaseAction.SIGN_FOR, REMARK)
        .effect(
            (c, v, x) -> {
              c.signFor(x.now());
              return Facts.NONE;
            })
        .add();
    row(CaseAction.RETURN_TO_TRIAGE, REASON)
        .effect(
            (c, v, x) -> {
              c.returnToTriage();
              return Facts.NONE;
            })
        .next(NextActor.TRIAGE_OFFICERS)
        .add();
    row(CaseAction.RECORD_PROGRESS, CONTENT).add();
    row(CaseAction.ASSIST_OPINION, CONTENT).next(NextActor.LEAD_UNIT).add();
    row(CaseAction.REQUEST_EXTENSION, REQUEST)
        .takes(ActionInput.EXTENSION_DAYS, REQUIRED)
        .checks(CaseActions::extensionInRange)
        .effect(
            (c, v, x) -> {
              if (c.hasPendingExtension()) {
                throw new RuleViolationException("handling.extension.pending");
              }
              c.requestExtension(v.extensionDays(), v.note());
              return Facts.extension(v.extensionDays());
            })
        .next(NextActor.TRIAGE_OFFICERS_AND_SUPERVISORS)
        .add();
    row(CaseAction.APPROVE_EXTENSION, REMARK)
        .effect((c, v, x) -> Facts.extension(pendingExtension(c).approveExtension()))
        .clock(ClockEffect.APPLY_EXTENSION)
        .next(NextActor.LEAD_UNIT)
        .add();
    row(CaseAction.REFUSE_EXTENSION, REASON)
        .effect((c, v, x) -> Facts.extension(pendingExtension(c).refuseExtension()))
        .next(NextActor.LEAD_UNIT)
        .add();
    row(CaseAction.AWAIT_WRITER, CONTENT)
        .effect(
            (c, v, x) -> {
              if (c.isPaused()) {
                throw new RuleViolationException("handling.pause.already");
              }
              c.awaitWriter(x.now());
              return Facts.NONE;
            })
        .add();
    row(CaseAction.RESUME, REMARK)
        .effect(
            (c, v, x) -> {
              if (!c.isPaused()) {
                throw new RuleViolationException("handling.pause.none");
              }
              c.resume(x.now());
              return Facts.NONE;
            })
        .clock(ClockEffect.APPLY_PAUSES)
        .add();
    row(CaseAction.SUBMIT_REPLY, NONE)
        .takes(ActionInput.REPLY, REQUIRED)
        .effect(
            (c, v, x) -> {
              c.submitReply(v.reply(), x.actor(), x.now());
              return Facts.NONE;
            })
        .next(NextActor.TRIAGE_OFFICERS)
        .milestone()
        .add();

    // The office's review, follow-up and reopening.
    row(CaseAction.APPROVE_REPLY_AND_CLOSE, REMARK)
        .takes(ActionInput.OUTCOME, REQUIRED)
        .effect(
            (c, v, x) -> {
              c.close(v.outcome(), x.now());
              return Facts.outcome(v.outcome());
            })
        .milestone()
        .add();
    row(CaseAction.SEND_REPLY_BACK, REASON).next(NextActor.LEAD_UNIT).add();
    row(CaseAction.FOLLOW_UP, REMARK)
        .takes(ActionInput.SATISFACTION, REQUIRED)
        .effect(
            (c, v, x) -> {
              c.recordRating(v.satisfaction());
              return Facts.rating(v.satisfaction());
            })
        .add();
    row(CaseAction.REOPEN, REASON)
        .effect(
            (c, v, x) -> {
              c.reopen();
              return Facts.NONE;
            })
        .clock(ClockEffect.RESTART_AT_REOPENING)
        .next(NextActor.LEAD_UNIT)
        .milestone()
        .add();

    // Supervision: the steps of the ladder, taken by supervisors or raised by the sweep.
    row(CaseAction.URGE, REMARK).add();
    row(CaseAction.ISSUE_SUPERVISION_ORDER, CONTENT).add();
    row(CaseAction.ISSUE_NOTICE, CONTENT).add();
    row(CaseAction.RECORD_ACCOUNTABILITY, CONTENT).add();

    for (CaseAction action : CaseAction.values()) {
      if (!ROWS.containsKey(action)) {
        throw new IllegalStateException("no row for " + action);
      }
    }
  }

  private CaseActions() {}

  /** The action's row. */
  public static ActionDefinition of(CaseAction action) {
    return ROWS.get(Objects.requireNonNull(action, "action"));
  }

  private static Facts dispatch(CaseFile caseFile, ActionValues values, ActionContext context) {
    Unit lead =
        context.activeUnit(values.leadUnitId(), "leadUnitId", "handling.leadUnitId.unknown");
    List<Unit> assisting =
        values.assistingUnitIds() == null
            ? List.of()
            : values.assistingUnitIds().stream()
                .map(
                    id ->
                        context.activeUnit(
                            id, "assistingUnitIds", "handling.assistingUnitIds.unknown"))
                .toList();
    caseFile.dispatchTo(lead, assisting);
    return Facts.dispatch(
        lead.getName(), caseFile.getAssistingUnits().stream().map(Unit::getName).toList());
  }

  private static List<FieldViolation> assistingUnitsApart(ActionValues values) {
    List<Long> assisting = values.assistingUnitIds();
    if (assisting == null) {
      return List.of();
    }
    if (new HashSet<>(assisting).size() < assisting.size()) {
      return List.of(violation(ActionInput.ASSISTING_UNITS, "handling.assistingUnitIds.duplicate"));
    }
    if (values.leadUnitId() != null && assisting.contains(values.leadUnitId())) {
      return List.of(
          violation(ActionInput.ASSISTING_UNITS, "handling.assistingUnitIds.includesLead"));
    }
    return List.of();
  }

  private static List<FieldViolation> extensionInRange(ActionValues values) {
    Integer days = values.extensionDays();
    if (days == null || (days >= 1 && days <= CaseFile.MAX_EXTENSION_DAYS)) {
      return List.of();
    }
    return List.of(
        new FieldViolation(
            ActionInput.EXTENSION_DAYS.field(),
            "handling.extensionDays.range",
            Map.of("min", 1, "max", CaseFile.MAX_EXTENSION_DAYS)));
  }

  private static CaseFile pendingExtension(CaseFile caseFile) {
    if (!caseFile.hasPendingExtension()) {
      throw new RuleViolationException("handling.extension.none");
    }
    return caseFile;
  }

  private static FieldViolation violation(ActionInput input, String key) {
    return new FieldViolation(input.field(), key, Map.of());
  }

  private static Row row(CaseAction action, NoteKind note) {
    return new Row(action, note);
  }

  /** Builds one row; what a row does not say is nothing: no effect, no clock, nobody told. */
  private static final class Row {
    private final CaseAction action;
    private final NoteKind note;
    private final Map<ActionInput, Need> inputs = new LinkedHashMap<>();
    private ValueCheck checks = ValueCheck.NONE;
    private Effect effect = (c, v, x) -> Facts.NONE;
    private ClockEffect clock = ClockEffect.NONE;
    private NextActor next = NextActor.NOBODY;
    private boolean milestone;

    Row(CaseAction action, NoteKind note) {
      this.action = action;
      this.note = note;
      if (note == NONE) {
        return;
      }
      inputs.put(ActionInput.NOTE, note == REMARK ? OPTIONAL : REQUIRED);
    }

    Row takes(ActionInput input, Need need) {
      inputs.put(input, need);
      return this;
    }

    Row checks(ValueCheck check) {
      this.checks = check;
      return this;
    }

    Row effect(Effect effect) {
      this.effect = effect;
      return this;
    }

    Row clock(ClockEffect clock) {
      this.clock = clock;
      return this;
    }

    Row next(NextActor next) {
      this.next = next;
      return this;
    }

    Row milestone() {
      this.milestone = true;
      return this;
    }

    void add() {
      ActionDefinition definition =
          new ActionDefinition(
              action,
              inputs,
              note,
              checks,
              effect,
              CaseEventType.valueOf(action.name()),
              clock,
              next,
              milestone);
      if (ROWS.put(action, definition) != null) {
        throw new IllegalStateException("two rows for " + action);
      }
    }
  }
}
