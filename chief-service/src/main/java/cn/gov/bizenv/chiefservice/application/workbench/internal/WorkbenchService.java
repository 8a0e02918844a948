package cn.gov.bizenv.chiefservice.application.workbench.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.CHIEF_SERVICE_OFFICER;

import cn.gov.bizenv.casetracking.application.cases.CaseStatusLookup;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.chiefservice.application.internal.Names;
import cn.gov.bizenv.chiefservice.application.internal.ScopedCallers;
import cn.gov.bizenv.chiefservice.application.visits.VisitSummary;
import cn.gov.bizenv.chiefservice.application.visits.internal.VisitViews;
import cn.gov.bizenv.chiefservice.application.workbench.MyFirm;
import cn.gov.bizenv.chiefservice.application.workbench.OfficerWorkbench;
import cn.gov.bizenv.chiefservice.application.workbench.WorkbenchFigures;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryCriteria;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryRepository;
import cn.gov.bizenv.chiefservice.domain.model.delivery.DeliveryState;
import cn.gov.bizenv.chiefservice.domain.model.firm.Firm;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmCriteria;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmRepository;
import cn.gov.bizenv.chiefservice.domain.model.visit.Visit;
import cn.gov.bizenv.chiefservice.domain.model.visit.VisitRepository;
import cn.gov.bizenv.chiefservice.domain.model.visit.VisitStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The officer's home page, read in a few counting queries; each officer sees their own work. */
@Stateless
@RolesAllowed(CHIEF_SERVICE_OFFICER)
public class WorkbenchService implements OfficerWorkbench {
  @Inject FirmRepository firms;
  @Inject VisitRepository visits;
  @Inject DeliveryRepository deliveries;
  @Inject CaseStatusLookup caseStatuses;
  @Inject PortalClock clock;
  @Inject ScopedCallers callers;
  @Inject Names names;
  @Inject VisitViews visitViews;

  @Override
  public WorkbenchFigures figures() {
    long officer = callers.currentOfficer().officerId();
    LocalDate today = clock.now().toLocalDate();
    return new WorkbenchFigures(
        firms.count(FirmCriteria.ofOfficer(officer)),
        firms.count(FirmCriteria.ofOfficer(officer).overdueOn(today)),
        visits.countOfOfficer(officer, VisitStatus.PLANNED),
        deliveries.count(new DeliveryCriteria(null, null, DeliveryState.PUSHED, officer, null)));
  }

  @Override
  public Page<MyFirm> myFirms(boolean overdueOnly, PageRequest page) {
    long officer = callers.currentOfficer().officerId();
    LocalDate today = clock.now().toLocalDate();
    FirmCriteria criteria = FirmCriteria.ofOfficer(officer);
    PageRequest order = page;
    if (overdueOnly) {
      criteria = criteria.overdueOn(today);
      order = new PageRequest(page.offset(), page.limit(), "nextVisitDue", true);
    }
    List<Firm> found = firms.find(criteria, order);
    Map<Long, Long> open =
        caseStatuses.openRequestsByFirm(found.stream().map(Firm::getId).toList());
    Map<Long, String> units = names.units();
    List<MyFirm> rows =
        found.stream()
            .map(
                firm ->
                    new MyFirm(
                        firm.getId(),
                        firm.getName(),
                        names.unit(units, firm.getDistrictId()),
                        firm.isKeyProject(),
                        firm.getLastVisitOn(),
                        firm.getNextVisitDue(),
                        firm.isVisitOverdue(today),
                        open.getOrDefault(firm.getId(), 0L)))
            .toList();
    return new Page<>(rows, firms.count(criteria));
  }

  @Override
  public Page<VisitSummary> plannedVisits(PageRequest page) {
    long officer = callers.currentOfficer().officerId();
    List<Visit> planned = visits.ofOfficer(officer, VisitStatus.PLANNED, page);
    Map<Long, String> firmNames = new HashMap<>();
    for (Visit visit : planned) {
      firmNames.computeIfAbsent(
          visit.getFirmId(), id -> firms.find(id).map(Firm::getName).orElse(null));
    }
    return new Page<>(
        visitViews.summaries(planned, firmNames),
        visits.countOfOfficer(officer, VisitStatus.PLANNED));
  }
}
