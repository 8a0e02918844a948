package cn.gov.bizenv.casetracking.application.cases.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.cases.SimilarCaseView;
import cn.gov.bizenv.casetracking.application.cases.SimilarCases;
import cn.gov.bizenv.casetracking.application.cases.SimilarityRequest;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseSearch;
import cn.gov.bizenv.casetracking.domain.model.casefile.SimilarCase;
import cn.gov.bizenv.casetracking.domain.model.casefile.SimilarityProbe;
import cn.gov.bizenv.casetracking.domain.model.unit.Unit;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import cn.gov.bizenv.casetracking.domain.model.unit.UnitRepository;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Possible duplicates from the case index (see {@code docs/search.md} for how they are scored and
 * what the threshold was measured to give). Only the office's roles ask: the answer spans every
 * unit's cases.
 */
@Stateless
@RolesAllowed({TRIAGE_OFFICER, SUPERVISOR, LEADER})
public class SimilarCaseService implements SimilarCases {
  @Inject CaseSearch search;
  @Inject CaseFileRepository cases;
  @Inject UnitRepository units;
  @Inject CaseAccess access;
  @Inject Callers callers;
  @Inject PortalClock clock;

  @Inject
  @ConfigProperty(name = "portal.similar.closed-days", defaultValue = "90")
  int closedDays;

  @Inject
  @ConfigProperty(name = "portal.similar.threshold")
  java.util.Optional<Double> threshold;

  @Override
  public List<SimilarCaseView> similarTo(long caseId) {
    CaseFile caseFile = access.visibleCase(caseId, callers.current());
    Unit concerned = caseFile.getConcernedUnit();
    return views(
        new SimilarityProbe(
            caseFile.getTitle(),
            caseFile.getContent(),
            concerned.getKind() == UnitKind.COUNTY_OR_DISTRICT ? concerned.getId() : null,
            caseFile.getId(),
            clock.now().minusDays(closedDays)));
  }

  @Override
  public List<SimilarCaseView> similarTo(SimilarityRequest draft) {
    if (draft == null || (blank(draft.title()) && blank(draft.content()))) {
      throw new InvalidInputException(
          List.of(
              new FieldViolation("title", "similar.text.required", Map.of()),
              new FieldViolation("content", "similar.text.required", Map.of())));
    }
    Long district =
        draft.districtId() == null
            ? null
            : units
                .find(draft.districtId())
                .filter(unit -> unit.getKind() == UnitKind.COUNTY_OR_DISTRICT)
                .map(Unit::getId)
                .orElse(null);
    return views(
        new SimilarityProbe(
            draft.title(), draft.content(), district, null, clock.now().minusDays(closedDays)));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private List<SimilarCaseView> views(SimilarityProbe probe) {
    double from = threshold.orElse(SimilarCase.DUPLICATE_THRESHOLD);
    List<SimilarCase> found =
        search.similar(probe, LIMIT).stream().filter(hit -> hit.score() >= from).toList();
    Map<Long, Double> scores = new HashMap<>();
    found.forEach(hit -> scores.put(hit.caseId(), hit.score()));
    return cases.findRows(found.stream().map(SimilarCase::caseId).toList()).stream()
        .map(
            c ->
                new SimilarCaseView(
                    c.getId(),
                    c.getTrackingNumber(),
                    c.getTitle(),
                    c.getChannel(),
                    c.getStatus(),
                    c.getConcernedUnit().getName(),
                    c.getReceivedAt(),
                    Math.round(scores.get(c.getId()) * 1000) / 1000.0))
        .toList();
  }
}
