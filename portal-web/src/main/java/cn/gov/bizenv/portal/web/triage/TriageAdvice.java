package cn.gov.bizenv.portal.web.triage;

import cn.gov.bizenv.casetracking.application.cases.CaseDetail;
import cn.gov.bizenv.casetracking.application.triage.CategorySuggestion;
import cn.gov.bizenv.casetracking.application.triage.SuggestionRequest;
import cn.gov.bizenv.casetracking.application.triage.Triage;
import cn.gov.bizenv.casetracking.application.triage.TriageSuggestions;
import cn.gov.bizenv.casetracking.application.triage.UnitSuggestion;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.portal.web.cases.RecordCase;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The routing suggestions where the officer decides: in the record form (categories, one click
 * each) and in the dispatch dialog (lead units). A choice is pre-filled only when the model is at
 * least {@link #PREFILL_THRESHOLD} sure of it and the officer has chosen nothing yet.
 */
@Named
@ViewScoped
public class TriageAdvice implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The confidence above which a suggestion is filled in rather than only offered. */
  public static final double PREFILL_THRESHOLD = 0.6;

  @Inject transient Triage triage;

  private TriageSuggestions suggestions;

  /** Suggests for the record form's text; fills in the category if confident and none chosen. */
  public void forRecord(RecordCase form) {
    suggestions = ask(form.getTitle(), form.getContent(), form.getConcernedUnitId()).orElse(null);
    if (form.getCategoryId() == null) {
      getCategories().stream()
          .findFirst()
          .filter(best -> best.score() >= PREFILL_THRESHOLD)
          .ifPresent(best -> form.setCategoryId(best.id()));
    }
  }

  /** Suggests lead units for a case about to be dispatched: the first, if confident. */
  public Optional<Long> forDispatch(CaseDetail detail) {
    suggestions = ask(detail.title(), detail.content(), detail.concernedUnitId()).orElse(null);
    return getUnits().stream()
        .findFirst()
        .filter(best -> best.score() >= PREFILL_THRESHOLD)
        .map(UnitSuggestion::id);
  }

  private Optional<TriageSuggestions> ask(String title, String content, Long unitId) {
    if ((title == null || title.isBlank()) && (content == null || content.isBlank())) {
      return Optional.empty();
    }
    try {
      return Optional.of(triage.suggest(new SuggestionRequest(title, content, unitId)));
    } catch (EJBAccessException | DomainException notForThisCaller) {
      // Roles that may not ask (a leader looking at the dialog) simply see no suggestions.
      return Optional.empty();
    }
  }

  /** A suggestion's reason in the page's language. */
  public String reason(cn.gov.bizenv.casetracking.application.triage.SuggestionReason reason) {
    return ReasonWording.of(
        reason, jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public boolean isShown() {
    return suggestions != null;
  }

  /** Third-level suggestions: a case is classified at the third level. */
  public List<CategorySuggestion> getCategories() {
    return suggestions == null
        ? List.of()
        : suggestions.categories().stream().filter(c -> c.level() == 3).toList();
  }

  /** First-level suggestions, shown for orientation (always present). */
  public List<CategorySuggestion> getTopLevel() {
    return suggestions == null
        ? List.of()
        : suggestions.categories().stream().filter(c -> c.level() == 1).toList();
  }

  public List<UnitSuggestion> getUnits() {
    return suggestions == null ? List.of() : suggestions.units();
  }

  public long getModelVersion() {
    return suggestions == null ? 0 : suggestions.modelVersion();
  }

  /** A score as a whole percentage. */
  public String percent(double score) {
    return Math.round(score * 100) + "%";
  }
}
