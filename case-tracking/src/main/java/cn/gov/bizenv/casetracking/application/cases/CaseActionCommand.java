package cn.gov.bizenv.casetracking.application.cases;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseOutcome;
import cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionValues;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One action on a case, with the version of the case the person was looking at. Which of the other
 * fields an action needs, may take or must not carry is its row in {@code CaseActions}; a field the
 * action does not take is refused rather than silently ignored.
 *
 * @param action what to do
 * @param version the case's version when it was read; a newer one means someone acted first
 * @param note the reason, instruction or content: required where the action must be explained
 * @param leadUnitId DISPATCH: the lead unit (主办)
 * @param assistingUnitIds DISPATCH: the assisting units (协办), optional
 * @param outcome APPROVE_REPLY_AND_CLOSE: the outcome class A–D
 * @param satisfaction FOLLOW_UP: the writer's rating
 * @param extensionDays REQUEST_EXTENSION: working days asked for, 1 to 30
 * @param mergeIntoCaseId MERGE: the open case this one duplicates
 * @param reply SUBMIT_REPLY: the reply to the writer
 */
public record CaseActionCommand(
    @NotNull(message = "{handling.action.required}") CaseAction action,
    @NotNull(message = "{handling.version.required}") Long version,
    @Size(max = 2000, message = "{handling.note.size}") String note,
    Long leadUnitId,
    @Size(max = 20, message = "{handling.assistingUnitIds.size}")
        List<@NotNull(message = "{handling.assistingUnitIds.unknown}") Long> assistingUnitIds,
    CaseOutcome outcome,
    Satisfaction satisfaction,
    Integer extensionDays,
    Long mergeIntoCaseId,
    @Size(max = 2000, message = "{handling.reply.size}") String reply) {

  /** The values given with the action. */
  public ActionValues values() {
    return new ActionValues(
        note,
        leadUnitId,
        assistingUnitIds,
        outcome,
        satisfaction,
        extensionDays,
        mergeIntoCaseId,
        reply);
  }

  /** An action that takes at most a note. */
  public static CaseActionCommand of(CaseAction action, long version, String note) {
    return new CaseActionCommand(action, version, note, null, null, null, null, null, null, null);
  }
}
