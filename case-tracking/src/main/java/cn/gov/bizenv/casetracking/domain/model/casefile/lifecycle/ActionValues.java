package cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseOutcome;
import cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction;
import java.util.List;

/**
 * The values a person gave with an action, one per {@link ActionInput}; absent ones are null. Blank
 * text counts as not given.
 */
public record ActionValues(
    String note,
    Long leadUnitId,
    List<Long> assistingUnitIds,
    CaseOutcome outcome,
    Satisfaction satisfaction,
    Integer extensionDays,
    Long mergeIntoCaseId,
    String reply) {

  /** Whether the input was given. */
  public boolean given(ActionInput input) {
    return switch (input) {
      case NOTE -> note != null && !note.isBlank();
      case LEAD_UNIT -> leadUnitId != null;
      case ASSISTING_UNITS -> assistingUnitIds != null && !assistingUnitIds.isEmpty();
      case OUTCOME -> outcome != null;
      case SATISFACTION -> satisfaction != null;
      case EXTENSION_DAYS -> extensionDays != null;
      case MERGE_INTO -> mergeIntoCaseId != null;
      case REPLY -> reply != null && !reply.isBlank();
    };
  }
}
