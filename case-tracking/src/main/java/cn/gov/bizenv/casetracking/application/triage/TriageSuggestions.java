package cn.gov.bizenv.casetracking.application.triage;

import java.util.List;

/**
 * What triage suggests for a new case: up to three categories at each level (the first level
 * always, even before any training), up to three lead units, similar cases, and the version of the
 * model that answered (0: none trained yet).
 */
public record TriageSuggestions(
    List<CategorySuggestion> categories,
    List<UnitSuggestion> units,
    List<SimilarCase> similar,
    long modelVersion)
    implements java.io.Serializable {
  /** The first-ranked category at the deepest level suggested, if any. */
  public java.util.Optional<CategorySuggestion> bestCategory() {
    return categories.stream()
        .reduce(
            (a, b) ->
                b.level() > a.level() || (b.level() == a.level() && b.score() > a.score()) ? b : a);
  }
}
