package cn.gov.bizenv.casetracking.application.cases.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.cases.CaseStatusLookup;
import cn.gov.bizenv.casetracking.application.cases.CaseStatusView;
import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import cn.gov.bizenv.casetracking.application.shared.Callers;
import cn.gov.bizenv.casetracking.domain.model.account.Role;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFileRepository;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Statuses of cases by id for chief service's visit pages. An officer who is neither leader nor
 * administrator follows firms' requests only, whoever recorded them, because a firm's new officer
 * takes over the requests raised by the previous one.
 */
@Stateless
@RolesAllowed({CHIEF_SERVICE_OFFICER, LEADER, ADMINISTRATOR})
public class CaseStatusLookupService implements CaseStatusLookup {
  /** More ids than a page ever shows would mean a caller is fishing. */
  static final int MAX_IDS = 500;

  @Inject CaseFileRepository cases;
  @Inject Callers callers;

  @Override
  public List<CaseStatusView> statuses(Collection<Long> caseIds) {
    if (caseIds == null || caseIds.isEmpty()) {
      return List.of();
    }
    if (caseIds.size() > MAX_IDS) {
      throw new IllegalArgumentException("at most " + MAX_IDS + " cases at a time");
    }
    CallerProfile caller = callers.current();
    boolean firmRequestsOnly = !caller.hasRole(Role.LEADER) && !caller.hasRole(Role.ADMINISTRATOR);
    Map<Long, CaseFile> found =
        cases.findAll(caseIds).stream()
            .filter(c -> !firmRequestsOnly || c.getChannel() == Channel.FIRM_REQUEST)
            .collect(Collectors.toMap(CaseFile::getId, Function.identity()));
    return caseIds.stream()
        .distinct()
        .map(found::get)
        .filter(java.util.Objects::nonNull)
        .map(
            c ->
                new CaseStatusView(
                    c.getId(),
                    c.getTrackingNumber(),
                    c.getTitle(),
                    c.getConcernedUnit().getName(),
                    c.getStatus(),
                    c.getLeadUnit() == null ? null : c.getLeadUnit().getName(),
                    c.getClock().getReplyDue(),
                    approved(c) ? c.getReply().getText() : null))
        .toList();
  }

  /** The reply is the city's answer once the office approved it (已办结), not while in review. */
  private static boolean approved(CaseFile c) {
    return c.getStatus() == CaseStatus.CLOSED || c.getStatus() == CaseStatus.FOLLOWED_UP;
  }

  @Override
  public Map<Long, Long> openRequestsByFirm(Collection<Long> firmIds) {
    if (firmIds == null || firmIds.isEmpty()) {
      return Map.of();
    }
    return cases.countOpenByFirm(firmIds);
  }
}
