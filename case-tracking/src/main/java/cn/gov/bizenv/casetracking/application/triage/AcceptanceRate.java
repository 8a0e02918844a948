package cn.gov.bizenv.casetracking.application.triage;

/**
 * How often officers took the first suggestion when they dispatched a case, over a period.
 *
 * @param categoryRate share of the cases with a suggested category whose category was it; null when
 *     there were none
 * @param unitRate the same for the lead unit
 */
public record AcceptanceRate(
    int days,
    long categorySuggested,
    long categoryTaken,
    Double categoryRate,
    long unitSuggested,
    long unitTaken,
    Double unitRate)
    implements java.io.Serializable {}
