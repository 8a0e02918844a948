package cn.gov.bizenv.chiefservice.application.assignments.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.directory.OfficerDirectory;
import cn.gov.bizenv.casetracking.application.directory.OfficerView;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.chiefservice.application.assignments.AssignOfficer;
import cn.gov.bizenv.chiefservice.application.assignments.AssignmentView;
import cn.gov.bizenv.chiefservice.application.assignments.Assignments;
import cn.gov.bizenv.chiefservice.application.assignments.OfficerLoad;
import cn.gov.bizenv.chiefservice.application.firms.FirmDetail;
import cn.gov.bizenv.chiefservice.application.firms.internal.FirmService;
import cn.gov.bizenv.chiefservice.application.firms.internal.FirmViews;
import cn.gov.bizenv.chiefservice.application.internal.Names;
import cn.gov.bizenv.chiefservice.application.internal.ScopedCallers;
import cn.gov.bizenv.chiefservice.domain.model.assignment.Assignment;
import cn.gov.bizenv.chiefservice.domain.model.assignment.AssignmentRepository;
import cn.gov.bizenv.chiefservice.domain.model.firm.Firm;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Assignments of officers to firms. Administrators assign and hand firms over (with a reason that
 * the history keeps); leaders and administrators read coverage and loads; an officer reads the
 * history of their own firms.
 */
@Stateless
@RolesAllowed({ADMINISTRATOR, LEADER})
public class AssignmentService implements Assignments {
  @Inject FirmRepository firms;
  @Inject AssignmentRepository assignments;
  @Inject OfficerDirectory officers;
  @Inject InputValidation validation;
  @Inject PortalClock clock;
  @Inject ScopedCallers callers;
  @Inject FirmViews views;
  @Inject Names names;
  @Inject OfficerHandover handover;

  @Override
  @RolesAllowed(ADMINISTRATOR)
  public FirmDetail assign(long firmId, AssignOfficer command) {
    validation.check(command);
    Firm firm = firms.find(firmId).orElseThrow(() -> new NotFoundException("firm", firmId));
    if (firm.getVersion() != command.version()) {
      throw ConflictException.staleVersion();
    }
    if (firm.getOfficerId() != null && (command.reason() == null || command.reason().isBlank())) {
      throw InputValidation.invalid("reason", "assignment.reason.required");
    }
    OfficerView officer =
        officers().stream()
            .filter(found -> found.id() == command.officerId())
            .findFirst()
            .orElseThrow(() -> InputValidation.invalid("officerId", "assignment.officer.unknown"));
    handover.handOver(
        firm, officer.id(), command.reason(), callers.current().username(), clock.now());
    firms.flush();
    return views.detail(firm, clock.now().toLocalDate());
  }

  @Override
  @RolesAllowed({ADMINISTRATOR, LEADER, CHIEF_SERVICE_OFFICER})
  public List<AssignmentView> history(long firmId) {
    FirmService.visibleFirm(firms, callers.current(), firmId);
    List<Assignment> history = assignments.history(firmId);
    Map<Long, String> officerNames =
        names.officers(history.stream().map(Assignment::getOfficerId).toList());
    return history.stream()
        .map(
            a ->
                new AssignmentView(
                    a.getId(),
                    a.getOfficerId(),
                    officerNames.get(a.getOfficerId()),
                    a.getAssignedFrom(),
                    a.getAssignedTo(),
                    a.getReason(),
                    a.getAssignedBy()))
        .toList();
  }

  @Override
  public List<OfficerLoad> loads() {
    Map<Long, long[]> loads = firms.loadsByOfficer(clock.now().toLocalDate());
    return officers.officers().stream()
        .filter(officer -> officer.active() || loads.containsKey(officer.id()))
        .map(
            officer -> {
              long[] load = loads.getOrDefault(officer.id(), new long[2]);
              return new OfficerLoad(
                  officer.id(),
                  officer.username(),
                  officer.displayName(),
                  officer.unitName(),
                  load[0],
                  load[1]);
            })
        .sorted(
            Comparator.comparingLong(OfficerLoad::firms)
                .reversed()
                .thenComparing(OfficerLoad::displayName))
        .toList();
  }

  @Override
  public List<OfficerView> officers() {
    return officers.officers().stream().filter(OfficerView::active).toList();
  }
}
