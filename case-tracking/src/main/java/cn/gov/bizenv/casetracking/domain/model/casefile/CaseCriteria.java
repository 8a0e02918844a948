package cn.gov.bizenv.casetracking.domain.model.casefile;

import java.time.LocalDate;

/**
 * Filters for case lists; null means "any". {@code unitId} is the unit the writer named. {@code
 * visibleToUnit} is set by the application for callers who may see only their own unit's cases (the
 * cases it leads or assists) and cannot be chosen by the caller.
 */
public record CaseCriteria(
    String text,
    CaseStatus status,
    Channel channel,
    Long unitId,
    LocalDate receivedFrom,
    LocalDate receivedTo,
    Long visibleToUnit) {

  public static CaseCriteria any() {
    return new CaseCriteria(null, null, null, null, null, null, null);
  }

  public CaseCriteria restrictedToUnit(long unitId) {
    return new CaseCriteria(text, status, channel, this.unitId, receivedFrom, receivedTo, unitId);
  }
}
