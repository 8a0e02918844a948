package cn.gov.bizenv.casetracking.application.cases;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseActor;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseEventType;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseOutcome;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One event of a case's timeline, with what the action decided at the time: the units of a
 * dispatch, the days of an extension, the outcome of a closing, the rating of a follow-up, the case
 * a merge pointed to. Facts the event's type does not record are null or empty.
 *
 * @param actor the recorded actor: a username, or the portal's own actors ({@link CaseActor})
 * @param actorKind whether a person, the portal or the writer took the step
 * @param actorName the person's name (null for the portal and the writer, or an unknown account)
 * @param actorUnitName the person's unit
 */
public record TimelineEntry(
    CaseEventType type,
    String actor,
    CaseActor actorKind,
    String actorName,
    String actorUnitName,
    LocalDateTime occurredAt,
    CaseStatus fromStatus,
    CaseStatus toStatus,
    String note,
    String leadUnitName,
    List<String> assistingUnitNames,
    Integer extensionDays,
    CaseOutcome outcome,
    Satisfaction satisfaction,
    String relatedTrackingNumber) {
  public TimelineEntry {
    assistingUnitNames = List.copyOf(assistingUnitNames);
  }
}
