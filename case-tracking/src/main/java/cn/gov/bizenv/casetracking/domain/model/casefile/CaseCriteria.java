package cn.gov.bizenv.casetracking.domain.model.casefile;

import java.time.LocalDate;

/**
 * Filters for case lists; null means "any". {@code unitId} is the unit the writer named. {@code
 * visibleToUnit} is set by the application for callers who may see only their own unit's cases (the
 * cases it leads or assists) and cannot be chosen by the caller. {@code categoryCode} selects a
 * category's whole subtree: {@code 01} finds every case under 城乡建设. {@code batchId} selects the
 * cases of one imported batch (上级交办). {@code triageInbox} selects what waits for triage: new and
 * returned cases (a status filter, when given, narrows it further). {@code alert} selects the cases
 * on the clock that are near or past their reply deadline, or pressed by the supervision ladder, as
 * of {@code alertAsOf}.
 */
public record CaseCriteria(
    String text,
    CaseStatus status,
    Channel channel,
    Long unitId,
    LocalDate receivedFrom,
    LocalDate receivedTo,
    Long visibleToUnit,
    String categoryCode,
    Long batchId,
    boolean triageInbox,
    CaseAlert alert,
    java.time.LocalDateTime alertAsOf) {
  /** The statuses of the triage inbox: 待受理 and 已退单. */
  public static final java.util.Set<CaseStatus> INBOX =
      java.util.EnumSet.of(CaseStatus.NEW, CaseStatus.RETURNED);

  public CaseCriteria(
      String text,
      CaseStatus status,
      Channel channel,
      Long unitId,
      LocalDate receivedFrom,
      LocalDate receivedTo,
      Long visibleToUnit,
      String categoryCode) {
    this(
        text,
        status,
        channel,
        unitId,
        receivedFrom,
        receivedTo,
        visibleToUnit,
        categoryCode,
        null,
        false,
        null,
        null);
  }

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
    return new CaseCriteria(
        text,
        status,
        channel,
        this.unitId,
        receivedFrom,
        receivedTo,
        unitId,
        categoryCode,
        batchId,
        triageInbox,
        alert,
        alertAsOf);
  }

  /** The same filters, limited to the subtree of the category with this code (null: any). */
  public CaseCriteria withCategory(String code) {
    return new CaseCriteria(
        text,
        status,
        channel,
        unitId,
        receivedFrom,
        receivedTo,
        visibleToUnit,
        code,
        batchId,
        triageInbox,
        alert,
        alertAsOf);
  }

  /** The same filters, limited to the cases of one imported batch (null: any). */
  public CaseCriteria withBatch(Long batch) {
    return new CaseCriteria(
        text,
        status,
        channel,
        unitId,
        receivedFrom,
        receivedTo,
        visibleToUnit,
        categoryCode,
        batch,
        triageInbox,
        alert,
        alertAsOf);
  }

  /** The same filters, limited to new and returned cases (or not, when {@code inbox} is false). */
  public CaseCriteria inTriageInbox(boolean inbox) {
    return new CaseCriteria(
        text,
        status,
        channel,
        unitId,
        receivedFrom,
        receivedTo,
        visibleToUnit,
        categoryCode,
        batchId,
        inbox,
        alert,
        alertAsOf);
  }

  /**
   * The same filters, limited to the cases with this alert at {@code asOf} (null alert: any; null
   * {@code asOf}: the application's present time, filled in by the case queries); see {@link
   * CaseAlert}.
   */
  public CaseCriteria withAlert(CaseAlert newAlert, java.time.LocalDateTime asOf) {
    return new CaseCriteria(
        text,
        status,
        channel,
        unitId,
        receivedFrom,
        receivedTo,
        visibleToUnit,
        categoryCode,
        batchId,
        triageInbox,
        newAlert,
        newAlert == null ? null : asOf);
  }

  /** The same filters with this status (null: any). */
  public CaseCriteria withStatus(CaseStatus newStatus) {
    return new CaseCriteria(
        text,
        newStatus,
        channel,
        unitId,
        receivedFrom,
        receivedTo,
        visibleToUnit,
        categoryCode,
        batchId,
        triageInbox,
        alert,
        alertAsOf);
  }
}
