package cn.gov.bizenv.casetracking.application.triage.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.ADMINISTRATOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.LEADER;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.SUPERVISOR;
import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.TRIAGE_OFFICER;

import cn.gov.bizenv.casetracking.application.cases.SimilarCases;
import cn.gov.bizenv.casetracking.application.cases.SimilarityRequest;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.application.triage.AcceptanceRate;
import cn.gov.bizenv.casetracking.application.triage.SimilarCase;
import cn.gov.bizenv.casetracking.application.triage.SuggestionRequest;
import cn.gov.bizenv.casetracking.application.triage.Triage;
import cn.gov.bizenv.casetracking.application.triage.TriageSuggestions;
import cn.gov.bizenv.casetracking.domain.model.triage.TriageRepository;
import cn.gov.bizenv.casetracking.domain.model.triage.TriageRepository.Acceptance;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Suggestions for triage officers, supervisors and administrators. */
@Stateless
@RolesAllowed({TRIAGE_OFFICER, SUPERVISOR, ADMINISTRATOR})
public class TriageService implements Triage {
  static final int MAX_DAYS = 366;

  @Inject Suggester suggester;
  @Inject InputValidation validation;
  @Inject TriageRepository repository;
  @Inject PortalClock clock;
  @Inject TriageLookups lookups;
  @Inject SimilarCases similar;
  @Resource SessionContext context;

  @Override
  public TriageSuggestions suggest(SuggestionRequest request) {
    if (request == null) {
      throw InputValidation.invalid("title", "triage.text.required");
    }
    validation.check(request);
    if (blank(request.title()) && blank(request.content())) {
      throw InputValidation.invalid("title", "triage.text.required");
    }
    if (request.concernedUnitId() != null
        && !lookups.current().units().containsKey(request.concernedUnitId())) {
      throw InputValidation.invalid("concernedUnitId", "triage.concernedUnitId.unknown");
    }
    TriageSuggestions suggestions =
        suggester.suggest(request.title(), request.content(), request.concernedUnitId());
    return new TriageSuggestions(
        suggestions.categories(),
        suggestions.units(),
        similarCases(request),
        suggestions.modelVersion());
  }

  /**
   * Open and recent cases about the same problem, from the case search index. Administrators may
   * ask for suggestions but do not read cases: they get none.
   */
  List<SimilarCase> similarCases(SuggestionRequest request) {
    if (!context.isCallerInRole(TRIAGE_OFFICER) && !context.isCallerInRole(SUPERVISOR)) {
      return List.of();
    }
    return similar
        .similarTo(
            new SimilarityRequest(request.title(), request.content(), request.concernedUnitId()))
        .stream()
        .map(
            c ->
                new SimilarCase(
                    c.caseId(), c.trackingNumber(), c.title(), c.channel(), c.status(), c.score()))
        .toList();
  }

  @Override
  @RolesAllowed({TRIAGE_OFFICER, SUPERVISOR, ADMINISTRATOR, LEADER})
  public AcceptanceRate acceptance(int days) {
    if (days < 1 || days > MAX_DAYS) {
      throw InputValidation.invalid("days", "triage.days.range");
    }
    Acceptance a = repository.acceptance(clock.now().minusDays(days));
    return new AcceptanceRate(
        days,
        a.categorySuggested(),
        a.categoryTaken(),
        rate(a.categoryTaken(), a.categorySuggested()),
        a.unitSuggested(),
        a.unitTaken(),
        rate(a.unitTaken(), a.unitSuggested()));
  }

  private static Double rate(long taken, long of) {
    return of == 0 ? null : Math.round(10000.0 * taken / of) / 10000.0;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
