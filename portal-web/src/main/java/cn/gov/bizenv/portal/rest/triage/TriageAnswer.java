package cn.gov.bizenv.portal.rest.triage;

import cn.gov.bizenv.casetracking.application.triage.SimilarCase;
import cn.gov.bizenv.casetracking.application.triage.TriageSuggestions;
import cn.gov.bizenv.portal.web.triage.ReasonWording;
import java.util.List;
import java.util.Locale;

/** The suggestions as the API answers them: each reason worded in the caller's language. */
public record TriageAnswer(
    List<CategoryAdvice> categories,
    List<UnitAdvice> units,
    List<SimilarCase> similar,
    long modelVersion) {
  /** A suggested category with its reason in words. */
  public record CategoryAdvice(
      long id, String code, String path, int level, double score, String reason) {}

  /** A suggested lead unit with its reason in words. */
  public record UnitAdvice(long id, String name, double score, String reason) {}

  static TriageAnswer of(TriageSuggestions suggestions, Locale locale) {
    return new TriageAnswer(
        suggestions.categories().stream()
            .map(
                c ->
                    new CategoryAdvice(
                        c.id(),
                        c.code(),
                        c.path(),
                        c.level(),
                        c.score(),
                        ReasonWording.of(c.reason(), locale)))
            .toList(),
        suggestions.units().stream()
            .map(
                u ->
                    new UnitAdvice(
                        u.id(), u.name(), u.score(), ReasonWording.of(u.reason(), locale)))
            .toList(),
        suggestions.similar(),
        suggestions.modelVersion());
  }
}
