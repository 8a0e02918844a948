package cn.gov.bizenv.casetracking.domain.model.report;

/**
 * The counts behind one unit's ranking over a period, each from an aggregate query grouped by lead
 * unit: the bases and parts of the rates, the cases dispatched to the unit in the period, the
 * returns to triage by the unit's people and the supervision actions on the unit's cases.
 */
public record UnitMeasures(
    long unitId,
    String unitName,
    long signOffDue,
    long signedOnTime,
    long replyDue,
    long repliedOnTime,
    long rated,
    long satisfied,
    long closedOnce,
    long reopened,
    long dispatched,
    long returned,
    long supervisionActions) {}
