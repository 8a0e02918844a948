package cn.gov.bizenv.casetracking.application.triage.internal;

import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.application.triage.CategorySuggestion;
import cn.gov.bizenv.casetracking.application.triage.TriageSuggestions;
import cn.gov.bizenv.casetracking.application.triage.UnitSuggestion;
import cn.gov.bizenv.casetracking.domain.model.triage.TriageDecision;
import cn.gov.bizenv.casetracking.domain.model.triage.TriageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records, when a case is dispatched, whether the officer took the first suggestion: the category
 * at the deepest level suggested against the case's category at that level, and the first lead unit
 * against the one chosen. The suggestion is the one the dispatch dialog showed (the same text
 * through the same model). Called by case handling inside the dispatch's transaction.
 */
@ApplicationScoped
public class DecisionRecorder {
  private static final Logger LOG = Logger.getLogger(DecisionRecorder.class.getName());

  @Inject Suggester suggester;
  @Inject TriageRepository repository;
  @Inject TriageLookups lookups;
  @Inject PortalClock clock;

  public void dispatched(
      long caseId,
      String title,
      String content,
      Long concernedUnitId,
      Long categoryId,
      Long leadUnitId) {
    TriageSuggestions suggestions;
    try {
      suggestions = suggester.suggest(title, content, concernedUnitId);
    } catch (RuntimeException failed) {
      // A dispatch must never fail because the suggestion could not be computed.
      LOG.log(Level.WARNING, "no triage suggestion for case " + caseId, failed);
      return;
    }
    CategorySuggestion best = suggestions.bestCategory().orElse(null);
    Long suggestedCategory = best == null || suggestions.modelVersion() == 0 ? null : best.id();
    Long chosenCategory = null;
    if (best != null && categoryId != null) {
      List<Long> path = lookups.current().path(categoryId);
      chosenCategory = path.size() >= best.level() ? path.get(best.level() - 1) : categoryId;
    }
    Long suggestedUnit =
        suggestions.units().stream().findFirst().map(UnitSuggestion::id).orElse(null);
    TriageDecision decision =
        repository
            .decision(caseId)
            .orElseGet(
                () -> {
                  TriageDecision created = new TriageDecision(caseId);
                  repository.add(created);
                  return created;
                });
    decision.decide(
        suggestions.modelVersion(),
        suggestedCategory,
        chosenCategory,
        suggestedUnit,
        leadUnitId,
        clock.now());
  }
}
