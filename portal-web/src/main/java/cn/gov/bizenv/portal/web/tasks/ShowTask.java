package cn.gov.bizenv.portal.web.tasks;

import cn.gov.bizenv.casetracking.application.tasks.MilestoneMet;
import cn.gov.bizenv.casetracking.application.tasks.NewProgressReport;
import cn.gov.bizenv.casetracking.application.tasks.NewRectificationItem;
import cn.gov.bizenv.casetracking.application.tasks.ProgressReportView;
import cn.gov.bizenv.casetracking.application.tasks.RectificationPlan;
import cn.gov.bizenv.casetracking.application.tasks.Rectifications;
import cn.gov.bizenv.casetracking.application.tasks.TaskDecision;
import cn.gov.bizenv.casetracking.application.tasks.TaskDetail;
import cn.gov.bizenv.casetracking.application.tasks.TaskHandling;
import cn.gov.bizenv.casetracking.application.tasks.TaskLedger;
import cn.gov.bizenv.casetracking.domain.model.task.TaskAction;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.portal.web.shell.ChosenFiles;
import cn.gov.bizenv.portal.web.shell.CurrentUser;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * A task's detail page: its facts, milestones, reporting periods, reports and timeline, and the
 * actions the reader may take — the lead's progress report (with evidence files), milestones met
 * and the completion claim; the office's acceptance (销号) and send-back (退回补充).
 */
@Named
@ViewScoped
public class ShowTask implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient TaskLedger ledger;
  @Inject transient TaskHandling handling;
  @Inject transient Rectifications rectifications;
  @Inject transient CurrentUser currentUser;
  @Inject transient FacesErrors errors;

  private Long id;
  private TaskDetail detail;
  private final ChosenFiles evidence = new ChosenFiles();

  private String periodKey;
  private String done;
  private String nextSteps;
  private String problems;
  private Integer percentComplete;
  private String note;

  // The lead's draft of a rectification plan, item by item, until filed.
  private final List<NewRectificationItem> draftItems = new ArrayList<>();
  private String itemProblem;
  private String itemMeasures;
  private String itemResponsible;
  private LocalDate itemDeadline;

  /** Called by the page's view action; an unknown or out-of-scope id is a 404. */
  public void load() throws IOException {
    try {
      if (id == null) {
        throw new NotFoundException("task", "");
      }
      detail = ledger.detail(id);
    } catch (NotFoundException missing) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public boolean may(String action) {
    return detail != null && detail.allowedActions().contains(TaskAction.valueOf(action));
  }

  /** An evidence file is checked at once with those already chosen, and kept with the report. */
  public void choose(FileUploadEvent event) {
    try {
      evidence.add(event.getFile(), files -> {});
    } catch (DomainException problem) {
      errors.show(problem, "reportForm");
    }
  }

  public void fileReport() {
    try {
      ProgressReportView filed =
          handling.report(
              id, new NewProgressReport(periodKey, done, nextSteps, problems, percentComplete));
      if (!evidence.attachments().isEmpty()) {
        handling.attach(id, filed.id(), evidence.attachments());
      }
      evidence.clear();
      periodKey = null;
      done = null;
      nextSteps = null;
      problems = null;
      percentComplete = null;
      errors.info("task.report.filed", filed.periodKey());
      detail = ledger.detail(id);
    } catch (DomainException problem) {
      errors.show(problem, "reportForm");
    }
  }

  public void meetMilestone(int sequence) {
    act(() -> handling.meetMilestone(id, sequence, new MilestoneMet(null, note)));
  }

  public void claimCompletion() {
    act(() -> handling.claimCompletion(id, new TaskDecision(note, detail.version())));
  }

  public void accept() {
    act(() -> handling.accept(id, new TaskDecision(note, detail.version())));
  }

  public void sendBack() {
    act(() -> handling.sendBack(id, new TaskDecision(note, detail.version())));
  }

  /** Whether the reader files this rectification task's plan now (its lead, plan awaited). */
  public boolean isFilingPlan() {
    return detail != null
        && detail.planStatus() != null
        && detail.planStatus().awaitsFiling()
        && may("REPORT_PROGRESS");
  }

  /** Whether the reader decides the plan and its items (the office). */
  public boolean isDecidingPlan() {
    return detail != null
        && detail.planStatus() != null
        && (currentUser.isTriageOfficer() || currentUser.isSupervisor());
  }

  public void addItem() {
    draftItems.add(
        new NewRectificationItem(itemProblem, itemMeasures, itemResponsible, itemDeadline));
    itemProblem = null;
    itemMeasures = null;
    itemResponsible = null;
    itemDeadline = null;
  }

  public void filePlan() {
    act(() -> rectifications.filePlan(id, new RectificationPlan(List.copyOf(draftItems))));
    if (!FacesContext.getCurrentInstance().isValidationFailed()) {
      draftItems.clear();
    }
  }

  public void approvePlan() {
    act(() -> rectifications.approvePlan(id, new TaskDecision(note, detail.version())));
  }

  public void sendBackPlan() {
    act(() -> rectifications.sendBackPlan(id, new TaskDecision(note, detail.version())));
  }

  public void acceptItem(int sequence) {
    act(() -> rectifications.acceptItem(id, sequence, new TaskDecision(note, detail.version())));
  }

  public List<NewRectificationItem> getDraftItems() {
    return draftItems;
  }

  public String getItemProblem() {
    return itemProblem;
  }

  public void setItemProblem(String itemProblem) {
    this.itemProblem = itemProblem;
  }

  public String getItemMeasures() {
    return itemMeasures;
  }

  public void setItemMeasures(String itemMeasures) {
    this.itemMeasures = itemMeasures;
  }

  public String getItemResponsible() {
    return itemResponsible;
  }

  public void setItemResponsible(String itemResponsible) {
    this.itemResponsible = itemResponsible;
  }

  public LocalDate getItemDeadline() {
    return itemDeadline;
  }

  public void setItemDeadline(LocalDate itemDeadline) {
    this.itemDeadline = itemDeadline;
  }

  private void act(Runnable action) {
    try {
      action.run();
      note = null;
      errors.info("task.action.done");
      detail = ledger.detail(id);
    } catch (DomainException problem) {
      errors.show(problem, "actionsForm");
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public TaskDetail getDetail() {
    return detail;
  }

  public ChosenFiles getEvidence() {
    return evidence;
  }

  public String getPeriodKey() {
    return periodKey;
  }

  public void setPeriodKey(String periodKey) {
    this.periodKey = periodKey;
  }

  public String getDone() {
    return done;
  }

  public void setDone(String done) {
    this.done = done;
  }

  public String getNextSteps() {
    return nextSteps;
  }

  public void setNextSteps(String nextSteps) {
    this.nextSteps = nextSteps;
  }

  public String getProblems() {
    return problems;
  }

  public void setProblems(String problems) {
    this.problems = problems;
  }

  public Integer getPercentComplete() {
    return percentComplete;
  }

  public void setPercentComplete(Integer percentComplete) {
    this.percentComplete = percentComplete;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
