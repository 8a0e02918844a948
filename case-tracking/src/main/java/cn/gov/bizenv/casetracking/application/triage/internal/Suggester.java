package cn.gov.bizenv.casetracking.application.triage.internal;

import cn.gov.bizenv.casetracking.application.triage.CategorySuggestion;
import cn.gov.bizenv.casetracking.application.triage.SuggestionReason;
import cn.gov.bizenv.casetracking.application.triage.TriageSuggestions;
import cn.gov.bizenv.casetracking.application.triage.UnitSuggestion;
import cn.gov.bizenv.casetracking.application.triage.internal.TriageLookups.Node;
import cn.gov.bizenv.casetracking.application.triage.internal.TriageLookups.Snapshot;
import cn.gov.bizenv.casetracking.application.triage.internal.TriageLookups.UnitName;
import cn.gov.bizenv.casetracking.domain.model.triage.RoutingModel;
import cn.gov.bizenv.casetracking.domain.model.triage.ScoredLabel;
import cn.gov.bizenv.casetracking.domain.model.triage.TextClassifier;
import cn.gov.bizenv.casetracking.domain.model.triage.UnitRouting;
import cn.gov.bizenv.casetracking.domain.model.triage.UnitRouting.RoutedUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the suggestions for a text with the current model: the three likeliest active categories
 * at each level the model knows (at the first level, before any training, the first three in the
 * tree's order with equal scores), and the lead units from {@link UnitRouting}. The reasons are
 * Chinese sentences with the figures a person can check.
 */
@ApplicationScoped
public class Suggester {
  static final int PER_LEVEL = 3;
  static final int UNITS = 3;

  @Inject CurrentModel currentModel;
  @Inject TriageLookups lookups;

  TriageSuggestions suggest(String title, String content, Long concernedUnitId) {
    CurrentModel.Loaded loaded = currentModel.get();
    RoutingModel model = loaded.model();
    Snapshot snapshot = lookups.current();
    List<CategorySuggestion> categories = new ArrayList<>();
    List<ScoredLabel> finest = List.of();
    for (int level = 1; level <= RoutingModel.LEVELS; level++) {
      Optional<TextClassifier> classifier = model.level(level);
      if (classifier.isEmpty()) {
        continue;
      }
      int at = level;
      List<ScoredLabel> ranked =
          classifier.get().rank(title, content).stream()
              .filter(s -> isActive(snapshot, s.label(), at))
              .toList();
      if (ranked.isEmpty()) {
        continue;
      }
      finest = ranked;
      for (ScoredLabel s : ranked.subList(0, Math.min(PER_LEVEL, ranked.size()))) {
        Node node = snapshot.categories().get(s.label());
        categories.add(
            new CategorySuggestion(
                node.id(),
                node.code(),
                node.path(),
                node.level(),
                round(s.score()),
                categoryReason(classifier.get(), title, content, node)));
      }
    }
    if (categories.stream().noneMatch(c -> c.level() == 1)) {
      List<Node> top = snapshot.topLevel();
      List<CategorySuggestion> first = new ArrayList<>();
      for (Node node : top.subList(0, Math.min(PER_LEVEL, top.size()))) {
        first.add(
            new CategorySuggestion(
                node.id(),
                node.code(),
                node.path(),
                1,
                round(1.0 / top.size()),
                new SuggestionReason("triage.reason.untrained", Map.of())));
      }
      categories.addAll(0, first);
    }
    Long district =
        concernedUnitId != null
                && snapshot.units().containsKey(concernedUnitId)
                && snapshot.units().get(concernedUnitId).district()
            ? concernedUnitId
            : null;
    Long concerned =
        concernedUnitId != null && snapshot.units().containsKey(concernedUnitId)
            ? concernedUnitId
            : null;
    List<UnitSuggestion> units = new ArrayList<>();
    for (RoutedUnit routed :
        UnitRouting.route(
            model, finest, c -> snapshot.defaultUnit(c, district), concerned, UNITS + 2)) {
      UnitName unit = snapshot.units().get(routed.unitId());
      if (unit != null && units.size() < UNITS) {
        units.add(
            new UnitSuggestion(
                unit.id(), unit.name(), round(routed.score()), unitReason(routed, unit, snapshot)));
      }
    }
    return new TriageSuggestions(
        List.copyOf(categories), List.copyOf(units), List.of(), loaded.version());
  }

  private static boolean isActive(Snapshot snapshot, long id, int level) {
    Node node = snapshot.categories().get(id);
    return node != null && node.active() && node.level() == level;
  }

  private static SuggestionReason categoryReason(
      TextClassifier classifier, String title, String content, Node node) {
    int examples = classifier.examplesOf(node.id());
    List<String> words = classifier.evidence(title, content, node.id(), 3);
    Map<String, Object> arguments = Map.of("examples", examples, "category", node.name());
    if (words.isEmpty()) {
      return new SuggestionReason("triage.reason.category", arguments);
    }
    Map<String, Object> withWords = new java.util.HashMap<>(arguments);
    withWords.put("words", String.join("、", words)); // the words are the message's own, Chinese
    return new SuggestionReason("triage.reason.category.words", withWords);
  }

  private static SuggestionReason unitReason(RoutedUnit routed, UnitName unit, Snapshot snapshot) {
    Node category =
        routed.categoryId() == null ? null : snapshot.categories().get(routed.categoryId());
    String name = category == null ? "" : category.name();
    Map<String, Object> counted =
        Map.of(
            "similar", routed.similar(),
            "toUnit", routed.toUnit(),
            "category", name,
            "unit", unit.name());
    return switch (routed.basis()) {
      case HISTORY -> new SuggestionReason("triage.reason.history", counted);
      case DEFAULT_UNIT ->
          new SuggestionReason(
              routed.similar() > 0 ? "triage.reason.default.history" : "triage.reason.default",
              counted);
      case CONCERNED_UNIT -> new SuggestionReason("triage.reason.concerned", Map.of());
    };
  }

  private static double round(double score) {
    return Math.round(score * 10000) / 10000.0;
  }
}
