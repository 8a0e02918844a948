package cn.gov.bizenv.casetracking.application.triage;

/** Suggestions for a new case. Triage officers, supervisors and administrators. */
public interface Triage {
  /** The likely categories and lead units of a case not yet recorded, with their reasons. */
  TriageSuggestions suggest(SuggestionRequest request);

  /** The acceptance rate of the suggestions over the last {@code days} days. */
  AcceptanceRate acceptance(int days);
}
