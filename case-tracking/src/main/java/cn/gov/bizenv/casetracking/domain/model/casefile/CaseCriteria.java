package cn.gov.bizenv.casetracking.domain.model.casefile;

import java.time.LocalDate;

/**
 * Filters for case lists; null means "any". {@code unitId} is the unit the writer named. {@code
 * visibleToUnit} is set by the application for callers who may see only their own unit's cases (the
 * cases it leads or assists) and cannot be chosen by the caller.
 * {@code categoryCode} selects a category's whole subtree: {@code 01} finds every case under 城乡建设.
 */
public record CaseCriteria(
    String text,
    CaseStatus status,
    Channel channel,
    Long unitId,
    LocalDate receivedFrom,
    LocalDate receivedTo,
    Long visibleToUnit,
    String categoryCode) {

  public CaseCriteria(
      String text,
      CaseStatus status,
      Channel channel,
      Long unitId,
      LocalDate receivedFrom,
      LocalDate receivedTo,
      Long visibleToUnit) {
    this(text, status, channel, unitId, receivedFrom, receivedTo, visibleToUnit, null);
  }

  public static CaseCriteria any() {
    return new CaseCriteria(null, null, null, null, null, null, null);
  }

  public CaseCriteria restrictedToUnit(long unitId) {
    return new CaseCriteria(text, status, channel, this.unitId, receivedFrom, receivedTo, unitId, categoryCode);
  }

  /** The same filters, limited to the subtree of the category with this code (null: any). */
  public CaseCriteria withCategory(String code) {
    return new CaseCriteria(text, status, channel, unitId, receivedFrom, receivedTo, visibleToUnit, code);
  }
}
