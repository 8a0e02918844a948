package cn.gov.bizenv.portal.web.visits;

import cn.gov.bizenv.casetracking.application.directory.UnitDirectory;
import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.casetracking.application.shared.PortalClock;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.chiefservice.application.firms.FirmDetail;
import cn.gov.bizenv.chiefservice.application.firms.FirmRegister;
import cn.gov.bizenv.chiefservice.application.visits.RaisedProblem;
import cn.gov.bizenv.chiefservice.application.visits.VisitDetail;
import cn.gov.bizenv.chiefservice.application.visits.VisitInput;
import cn.gov.bizenv.chiefservice.application.visits.VisitPlace;
import cn.gov.bizenv.chiefservice.application.visits.Visits;
import cn.gov.bizenv.chiefservice.domain.model.visit.VisitStatus;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.NotFound;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An officer plans a visit to one of their firms ({@code ?firmId=}), logs it as held (with the
 * problems raised, each becoming a case) or not held, or records the outcome of a planned one
 * ({@code ?id=}).
 */
@Named
@ViewScoped
public class LogVisit implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Visits visits;
  @Inject transient FirmRegister firms;
  @Inject transient UnitDirectory units;
  @Inject transient FacesErrors errors;

  private Long id;
  private Long firmId;
  private Long version;
  private FirmDetail firm;
  private VisitStatus status = VisitStatus.HELD;
  private LocalDate visitDate = LocalDate.now(PortalClock.ZONE);
  private String peopleMet;
  private String summary;
  private String notHeldReason;
  // 走访定位, filled by the browser's location service (resources/js/portal.js); optional
  private Double latitude;
  private Double longitude;
  private Integer accuracyMetres;
  private final List<ProblemRow> problems = new ArrayList<>();
  private List<UnitView> unitChoices;

  /** One problem as the officer types it; it becomes a case when the visit is saved. */
  public static class ProblemRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String title;
    private String content;
    private Long concernedUnitId;

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getContent() {
      return content;
    }

    public void setContent(String content) {
      this.content = content;
    }

    public Long getConcernedUnitId() {
      return concernedUnitId;
    }

    public void setConcernedUnitId(Long concernedUnitId) {
      this.concernedUnitId = concernedUnitId;
    }
  }

  /** The view action: the firm must be the officer's own, a visit must be theirs and planned. */
  public void load() {
    if (firm != null) {
      return;
    }
    try {
      if (id != null) {
        VisitDetail visit = visits.get(id);
        if (visit.status().isFinal()) {
          throw new NotFoundException("visit", id);
        }
        firmId = visit.firmId();
        version = visit.version();
        visitDate = visit.visitDate();
      }
      if (firmId == null) {
        throw new NotFoundException("firm", "");
      }
      firm = firms.get(firmId);
    } catch (NotFoundException missing) {
      NotFound.respond();
    }
  }

  public void addProblem() {
    ProblemRow row = new ProblemRow();
    row.setConcernedUnitId(firm == null ? null : firm.districtId());
    problems.add(row);
  }

  public void removeProblem(ProblemRow row) {
    problems.remove(row);
  }

  public String save() {
    List<RaisedProblem> raised =
        status == VisitStatus.HELD
            ? problems.stream()
                .map(p -> new RaisedProblem(p.getTitle(), p.getContent(), p.getConcernedUnitId()))
                .toList()
            : List.of();
    VisitPlace place =
        latitude == null && longitude == null
            ? null
            : new VisitPlace(latitude, longitude, accuracyMetres == null ? 0 : accuracyMetres);
    VisitInput input =
        new VisitInput(
            firmId, status, visitDate, peopleMet, summary, notHeldReason, raised, version, place);
    try {
      VisitDetail saved = id == null ? visits.create(input) : visits.update(id, input);
      errors.info("visit.saved." + saved.status(), saved.firmName(), saved.cases().size());
      return "/visits/detail?faces-redirect=true&id=" + saved.id();
    } catch (DomainException problem) {
      errors.show(problem, "visitForm");
      return null;
    }
  }

  public VisitStatus[] getStatuses() {
    return VisitStatus.values();
  }

  public List<UnitView> getUnitChoices() {
    if (unitChoices == null) {
      unitChoices = units.activeUnits();
    }
    return unitChoices;
  }

  public boolean isHeld() {
    return status == VisitStatus.HELD;
  }

  public boolean isNotHeld() {
    return status == VisitStatus.NOT_HELD;
  }

  public FirmDetail getFirm() {
    return firm;
  }

  public List<ProblemRow> getProblems() {
    return problems;
  }

  public Double getLatitude() {
    return latitude;
  }

  public void setLatitude(Double latitude) {
    this.latitude = latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public void setLongitude(Double longitude) {
    this.longitude = longitude;
  }

  public Integer getAccuracyMetres() {
    return accuracyMetres;
  }

  public void setAccuracyMetres(Integer accuracyMetres) {
    this.accuracyMetres = accuracyMetres;
  }

  public boolean isLocated() {
    return latitude != null && longitude != null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getFirmId() {
    return firmId;
  }

  public void setFirmId(Long firmId) {
    this.firmId = firmId;
  }

  public VisitStatus getStatus() {
    return status;
  }

  public void setStatus(VisitStatus status) {
    this.status = status;
  }

  public LocalDate getVisitDate() {
    return visitDate;
  }

  public void setVisitDate(LocalDate visitDate) {
    this.visitDate = visitDate;
  }

  public String getPeopleMet() {
    return peopleMet;
  }

  public void setPeopleMet(String peopleMet) {
    this.peopleMet = peopleMet;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getNotHeldReason() {
    return notHeldReason;
  }

  public void setNotHeldReason(String notHeldReason) {
    this.notHeldReason = notHeldReason;
  }
}
