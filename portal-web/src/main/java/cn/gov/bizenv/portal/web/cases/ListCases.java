package cn.gov.bizenv.portal.web.cases;

import cn.gov.bizenv.casetracking.application.batches.BatchView;
import cn.gov.bizenv.casetracking.application.batches.CaseBatchImport;
import cn.gov.bizenv.casetracking.application.cases.CaseQueries;
import cn.gov.bizenv.casetracking.application.cases.CaseSummary;
import cn.gov.bizenv.casetracking.application.cases.SimilarCases;
import cn.gov.bizenv.casetracking.application.directory.UnitDirectory;
import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseAlert;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseCriteria;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseStatus;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.portal.web.categories.CategoryFilter;
import cn.gov.bizenv.portal.web.shell.CurrentUser;
import cn.gov.bizenv.portal.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The case list: filtered and sorted in the database, one page at a time, scoped to the reader.
 * With {@code ?view=inbox} it is the triage inbox: new and returned cases, oldest first, with the
 * working days each has waited and has left; {@code ?batch=} selects one imported batch.
 */
@Named
@ViewScoped
public class ListCases implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String INBOX = "inbox";

  @Inject transient CaseQueries cases;
  @Inject transient UnitDirectory units;
  @Inject CategoryFilter categoryFilter;
  @Inject transient CurrentUser currentUser;
  @Inject transient CaseBatchImport batches;
  @Inject transient SimilarCases similar;

  private PagedModel<CaseSummary> model;
  private String text;
  private CaseStatus status;
  private Channel channel;
  private Long unitId;
  private LocalDate receivedFrom;
  private LocalDate receivedTo;
  private List<UnitView> unitChoices;

  private String view;
  private CaseAlert alert;
  private Long batchId;
  private List<BatchView> batchChoices;
  private final java.util.Map<Long, Boolean> duplicates = new java.util.HashMap<>();

  @PostConstruct
  void init() {
    model = new PagedModel<>(page -> cases.find(criteria(), ordered(page)), CaseSummary::id);
  }

  CaseCriteria criteria() {
    return new CaseCriteria(text, status, channel, unitId, receivedFrom, receivedTo, null)
        .withCategory(categoryFilter.getCode())
        .withBatch(batchId)
        .inTriageInbox(isInbox())
        .withAlert(alert, null);
  }

  // The inbox serves the longest-waiting case first unless the reader sorts otherwise.
  private PageRequest ordered(PageRequest page) {
    return isInbox() && page.sortField() == null
        ? new PageRequest(page.offset(), page.limit(), "receivedAt", true)
        : page;
  }

  public boolean isInbox() {
    return INBOX.equals(view);
  }

  /**
   * The inbox's marker: whether another open or recently closed case looks like this one (asked
   * once per case while the page is open, for the office's roles only).
   */
  public boolean possibleDuplicate(CaseSummary row) {
    if (!(currentUser.isTriageOfficer() || currentUser.isSupervisor() || currentUser.isLeader())) {
      return false;
    }
    return duplicates.computeIfAbsent(row.id(), id -> !similar.similarTo(id).isEmpty());
  }

  /** Batches to filter by; only the roles that import batches can list them. */
  public List<BatchView> getBatchChoices() {
    if (batchChoices == null) {
      batchChoices = currentUser.isTriageOfficer() ? batches.recentBatches() : List.of();
    }
    return batchChoices;
  }

  public String getView() {
    return view;
  }

  public void setView(String view) {
    this.view = view;
  }

  public Long getBatchId() {
    return batchId;
  }

  public void setBatchId(Long batchId) {
    this.batchId = batchId;
  }

  public void clear() {
    text = null;
    status = null;
    channel = null;
    unitId = null;
    receivedFrom = null;
    receivedTo = null;
    batchId = null;
    alert = null;
    categoryFilter.clear();
  }

  /** The statuses the reader's cases can have: a unit's never include those before dispatch. */
  public List<CaseStatus> getStatuses() {
    return seesEveryCase() ? List.of(CaseStatus.values()) : List.copyOf(CaseStatus.SEEN_BY_UNITS);
  }

  private boolean seesEveryCase() {
    return currentUser.isTriageOfficer() || currentUser.isSupervisor() || currentUser.isLeader();
  }

  public CaseAlert[] getAlerts() {
    return CaseAlert.values();
  }

  public CaseAlert getAlert() {
    return alert;
  }

  public void setAlert(CaseAlert alert) {
    this.alert = alert;
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public List<UnitView> getUnitChoices() {
    if (unitChoices == null) {
      unitChoices = units.activeUnits();
    }
    return unitChoices;
  }

  public PagedModel<CaseSummary> getModel() {
    return model;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public void setStatus(CaseStatus status) {
    this.status = status;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public LocalDate getReceivedFrom() {
    return receivedFrom;
  }

  public void setReceivedFrom(LocalDate receivedFrom) {
    this.receivedFrom = receivedFrom;
  }

  public LocalDate getReceivedTo() {
    return receivedTo;
  }

  public void setReceivedTo(LocalDate receivedTo) {
    this.receivedTo = receivedTo;
  }
}
