package cn.gov.bizenv.chiefservice.application.visits.internal;

import cn.gov.bizenv.chiefservice.application.internal.Names;
import cn.gov.bizenv.chiefservice.application.visits.VisitSummary;
import cn.gov.bizenv.chiefservice.domain.model.visit.Visit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Visit rows with their firms' and officers' names, for the firm page and the officer's home page.
 */
@ApplicationScoped
public class VisitViews {
  @Inject Names names;

  /** The caller passes the names of the firms it already read. */
  public List<VisitSummary> summaries(List<Visit> found, Map<Long, String> firmNames) {
    Map<Long, String> officerNames =
        names.officers(found.stream().map(Visit::getOfficerId).toList());
    return found.stream()
        .map(
            v ->
                new VisitSummary(
                    v.getId(),
                    v.getFirmId(),
                    firmNames.get(v.getFirmId()),
                    officerNames.get(v.getOfficerId()),
                    v.getStatus(),
                    v.getVisitDate(),
                    v.getRaisedCases().size()))
        .toList();
  }
}
