package cn.gov.bizenv.chiefservice.application.visits.internal;

import static cn.gov.bizenv.casetracking.domain.model.account.Role.Names.*;

import cn.gov.bizenv.casetracking.application.attachments.AttachmentContent;
import cn.gov.bizenv.casetracking.application.attachments.AttachmentView;
import cn.gov.bizenv.casetracking.application.attachments.FileAttachments;
import cn.gov.bizenv.casetracking.application.attachments.NewAttachment;
import cn.gov.bizenv.casetracking.application.cases.CaseIntake;
import cn.gov.bizenv.casetracking.application.cases.CaseReference;
import cn.gov.bizenv.casetracking.application.cases.CaseStatusLookup;
import cn.gov.bizenv.casetracking.application.cases.CaseStatusView;
import cn.gov.bizenv.casetracking.application.cases.NewCase;
import cn.gov.bizenv.casetracking.application.shared.InputValidation;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.model.attachment.AttachmentOwner;
import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.casetracking.domain.shared.paging.Page;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.chiefservice.application.firms.internal.FirmService;
import cn.gov.bizenv.chiefservice.application.internal.Names;
import cn.gov.bizenv.chiefservice.application.internal.ScopedCaller;
import cn.gov.bizenv.chiefservice.application.internal.ScopedCallers;
import cn.gov.bizenv.chiefservice.application.visits.RaisedProblem;
import cn.gov.bizenv.chiefservice.application.visits.VisitCheckIn;
import cn.gov.bizenv.chiefservice.application.visits.VisitDetail;
import cn.gov.bizenv.chiefservice.application.visits.VisitInput;
import cn.gov.bizenv.chiefservice.application.visits.VisitPlace;
import cn.gov.bizenv.chiefservice.application.visits.VisitSummary;
import cn.gov.bizenv.chiefservice.application.visits.Visits;
import cn.gov.bizenv.chiefservice.domain.model.firm.Firm;
import cn.gov.bizenv.chiefservice.domain.model.firm.FirmRepository;
import cn.gov.bizenv.chiefservice.domain.model.visit.RaisedCase;
import cn.gov.bizenv.chiefservice.domain.model.visit.Visit;
import cn.gov.bizenv.chiefservice.domain.model.visit.VisitLocation;
import cn.gov.bizenv.chiefservice.domain.model.visit.VisitRepository;
import cn.gov.bizenv.chiefservice.domain.model.visit.VisitStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Visits. Only the firm's own officer plans and logs them; leaders and administrators read every
 * visit, an officer the visits of the firms they serve (another officer's visit is not found). The
 * problems of a held visit become cases of the channel 企业诉求 through case tracking's intake in the
 * same transaction, so a visit is never stored with half of its cases.
 */
@Stateless
@RolesAllowed({CHIEF_SERVICE_OFFICER, LEADER, ADMINISTRATOR})
public class VisitService implements Visits {
  @Inject VisitRepository visits;
  @Inject FirmRepository firms;
  @Inject CaseIntake intake;
  @Inject CaseStatusLookup caseStatuses;
  @Inject InputValidation validation;
  @Inject PortalClock clock;
  @Inject ScopedCallers callers;
  @Inject Names names;
  @Inject VisitViews visitViews;
  @Inject FileAttachments attachments;

  @Override
  @RolesAllowed(CHIEF_SERVICE_OFFICER)
  public VisitDetail create(VisitInput input) {
    validation.check(input);
    if (input.firmId() == null) {
      throw InputValidation.invalid("firmId", "visit.firm.required");
    }
    ScopedCaller officer = callers.currentOfficer();
    Firm firm = ownFirm(officer, input.firmId());
    Visit visit = new Visit(firm.getId(), officer.officerId(), input.visitDate(), clock.now());
    record(visit, firm, input);
    visits.add(visit);
    visits.flush();
    return detail(visit, firm);
  }

  @Override
  @RolesAllowed(CHIEF_SERVICE_OFFICER)
  public VisitDetail update(long id, VisitInput input) {
    validation.check(input);
    ScopedCaller officer = callers.currentOfficer();
    Visit visit = visits.find(id).orElseThrow(() -> new NotFoundException("visit", id));
    Firm firm = ownFirm(officer, visit.getFirmId());
    if (input.version() == null || input.version() != visit.getVersion()) {
      throw ConflictException.staleVersion();
    }
    record(visit, firm, input);
    visits.flush();
    return detail(visit, firm);
  }

  @Override
  public VisitDetail get(long id) {
    Visit visit = visibleVisit(id);
    return detail(visit, firms.find(visit.getFirmId()).orElseThrow());
  }

  @Override
  public List<AttachmentView> files(long visitId) {
    return attachments.list(AttachmentOwner.VISIT, visibleVisit(visitId).getId());
  }

  @Override
  @RolesAllowed(CHIEF_SERVICE_OFFICER)
  public AttachmentView attachFile(long visitId, NewAttachment file) {
    Visit visit = visits.find(visitId).orElseThrow(() -> new NotFoundException("visit", visitId));
    ownFirm(callers.currentOfficer(), visit.getFirmId());
    return attachments.attach(AttachmentOwner.VISIT, visit.getId(), List.of(file)).get(0);
  }

  @Override
  public AttachmentContent file(long visitId, long fileId) {
    return attachments.download(AttachmentOwner.VISIT, visibleVisit(visitId).getId(), fileId);
  }

  /** The visit, if the caller may see it (its firm's officer, leaders, administrators). */
  private Visit visibleVisit(long id) {
    ScopedCaller caller = callers.current();
    Visit visit = visits.find(id).orElseThrow(() -> new NotFoundException("visit", id));
    firms
        .find(visit.getFirmId())
        .filter(found -> caller.sees(found.getOfficerId()))
        .orElseThrow(() -> new NotFoundException("visit", id));
    return visit;
  }

  @Override
  public VisitDetail raising(long caseId) {
    return get(
        visits.raising(caseId).orElseThrow(() -> new NotFoundException("visit", caseId)).getId());
  }

  @Override
  public Page<VisitSummary> ofFirm(long firmId, PageRequest page) {
    Firm firm = FirmService.visibleFirm(firms, callers.current(), firmId);
    List<Visit> found = visits.ofFirm(firmId, page);
    return new Page<>(
        visitViews.summaries(found, Map.of(firm.getId(), firm.getName())),
        visits.countOfFirm(firmId));
  }

  private Firm ownFirm(ScopedCaller officer, long firmId) {
    return firms
        .find(firmId)
        .filter(firm -> officer.officerId().equals(firm.getOfficerId()))
        .orElseThrow(() -> new NotFoundException("firm", firmId));
  }

  private void record(Visit visit, Firm firm, VisitInput input) {
    LocalDate today = clock.now().toLocalDate();
    if (input.location() != null) {
      VisitPlace place = input.location();
      visit.checkedIn(
          new VisitLocation(
              place.latitude(), place.longitude(), place.accuracyMetres(), clock.now()));
    }
    if (input.status() != VisitStatus.HELD && !input.problemsOrNone().isEmpty()) {
      throw InputValidation.invalid("problems", "visit.problems.onlyHeld");
    }
    switch (input.status()) {
      case PLANNED -> visit.reschedule(input.visitDate());
      case NOT_HELD -> visit.notHeld(input.visitDate(), today, input.notHeldReason());
      case HELD -> {
        visit.held(input.visitDate(), today, input.peopleMet(), input.summary());
        firm.visitedOn(input.visitDate());
        List<RaisedProblem> problems = input.problemsOrNone();
        for (int i = 0; i < problems.size(); i++) {
          visit.raised(raise(firm, problems.get(i), i));
        }
      }
    }
  }

  private RaisedCase raise(Firm firm, RaisedProblem problem, int index) {
    try {
      CaseReference recorded =
          intake.recordForReference(
              NewCase.firmRequest(
                  problem.title(),
                  problem.content(),
                  problem.concernedUnitId(),
                  firm.getId(),
                  firm.getName()));
      return new RaisedCase(recorded.id(), recorded.trackingNumber(), recorded.title());
    } catch (InvalidInputException invalid) {
      // Intake names its own fields; the visit form knows them as the problem's.
      throw new InvalidInputException(
          invalid.violations().stream()
              .map(
                  v ->
                      new FieldViolation(
                          "problems[" + index + "]." + v.field(), v.messageKey(), v.attributes()))
              .toList());
    }
  }

  private VisitDetail detail(Visit visit, Firm firm) {
    List<RaisedCase> raised = visit.getRaisedCases();
    Map<Long, CaseStatusView> live =
        caseStatuses.statuses(raised.stream().map(RaisedCase::getCaseId).toList()).stream()
            .collect(Collectors.toMap(CaseStatusView::id, Function.identity()));
    List<CaseStatusView> cases =
        raised.stream()
            .map(
                r ->
                    live.getOrDefault(
                        r.getCaseId(),
                        CaseStatusView.recorded(
                            r.getCaseId(), r.getTrackingNumber(), r.getTitle())))
            .toList();
    return new VisitDetail(
        visit.getId(),
        firm.getId(),
        firm.getName(),
        visit.getOfficerId(),
        names.officer(visit.getOfficerId()),
        visit.getStatus(),
        visit.getVisitDate(),
        visit.getPeopleMet(),
        visit.getSummary(),
        visit.getNotHeldReason(),
        cases,
        visit.getVersion(),
        visit
            .getLocation()
            .map(
                at ->
                    new VisitCheckIn(
                        at.getLatitude(),
                        at.getLongitude(),
                        at.getAccuracyMetres(),
                        at.getLocatedAt()))
            .orElse(null));
  }
}
