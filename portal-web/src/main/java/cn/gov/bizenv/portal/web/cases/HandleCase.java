package cn.gov.bizenv.portal.web.cases;

import cn.gov.bizenv.casetracking.application.cases.CaseActionCommand;
import cn.gov.bizenv.casetracking.application.cases.CaseDetail;
import cn.gov.bizenv.casetracking.application.cases.CaseHandling;
import cn.gov.bizenv.casetracking.application.cases.CaseQueries;
import cn.gov.bizenv.casetracking.application.cases.CaseSummary;
import cn.gov.bizenv.casetracking.application.directory.UnitDirectory;
import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseCriteria;
import cn.gov.bizenv.casetracking.domain.model.casefile.CaseOutcome;
import cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionInput;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.ActionInput.Need;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseAction;
import cn.gov.bizenv.casetracking.domain.model.casefile.lifecycle.CaseActions;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actions on the case detail page: the person picks one of the actions offered, fills in the
 * dialog's inputs (exactly those its row in {@link CaseActions} lists) and confirms. Errors land
 * next to the inputs, which keep what was typed; on success the page shows the case as it now is.
 */
@Named
@ViewScoped
public class HandleCase implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int SUGGESTIONS = 10;

  @Inject transient CaseHandling handling;
  @Inject transient CaseQueries cases;
  @Inject transient UnitDirectory units;
  @Inject transient FacesErrors errors;
  @Inject transient Texts texts;
  @Inject ShowCase showCase;
  @Inject cn.gov.bizenv.portal.web.triage.TriageAdvice triageAdvice;

  private CaseAction action;
  private String note;
  private Long leadUnitId;
  private List<Long> assistingUnitIds = new ArrayList<>();
  private CaseOutcome outcome;
  private Satisfaction satisfaction;
  private Integer extensionDays;
  private String mergeIntoNumber;
  private String reply;
  private List<UnitView> unitChoices;

  /** Opens the dialog for an action, with sensible starting values. */
  public void start(CaseAction chosen) {
    action = chosen;
    note = null;
    leadUnitId = null;
    assistingUnitIds = new ArrayList<>();
    outcome = null;
    satisfaction = null;
    extensionDays = null;
    mergeIntoNumber = null;
    reply = null;
    CaseDetail detail = showCase.getDetail();
    if (chosen == CaseAction.DISPATCH) {
      // A first dispatch usually goes to the unit the writer named; a redispatch starts from the
      // last.
      leadUnitId = detail.leadUnitId() != null ? detail.leadUnitId() : detail.concernedUnitId();
      // A confident routing suggestion replaces that guess on a first dispatch.
      Optional<Long> suggested = triageAdvice.forDispatch(detail);
      if (detail.leadUnitId() == null && suggested.isPresent()) {
        leadUnitId = suggested.get();
      }
      assistingUnitIds = new ArrayList<>(detail.assistingUnitIds());
    } else if (chosen == CaseAction.SUBMIT_REPLY) {
      reply = detail.reply();
    }
  }

  public void perform() {
    try {
      CaseDetail updated = handling.perform(showCase.getDetail().id(), command());
      showCase.setDetail(updated);
      errors.info("handling.done", texts.get("caseAction." + action));
    } catch (DomainException problem) {
      errors.show(problem, "actionForm");
    }
  }

  /** Only the inputs the action takes are sent, whatever an earlier dialog left behind. */
  private CaseActionCommand command() {
    return new CaseActionCommand(
        action,
        showCase.getDetail().version(),
        takes(ActionInput.NOTE) ? note : null,
        takes(ActionInput.LEAD_UNIT) ? leadUnitId : null,
        takes(ActionInput.ASSISTING_UNITS) ? List.copyOf(assistingUnitIds) : null,
        takes(ActionInput.OUTCOME) ? outcome : null,
        takes(ActionInput.SATISFACTION) ? satisfaction : null,
        takes(ActionInput.EXTENSION_DAYS) ? extensionDays : null,
        takes(ActionInput.MERGE_INTO) ? mergeTargetId() : null,
        takes(ActionInput.REPLY) ? reply : null);
  }

  /** People quote tracking numbers, the service takes ids: look the number up among open cases. */
  private Long mergeTargetId() {
    if (mergeIntoNumber == null || mergeIntoNumber.isBlank()) {
      return null;
    }
    // A suggestion chosen in the dialog carries the title after the number.
    String number = mergeIntoNumber.strip().split("\\s+", 2)[0];
    return cases
        .find(
            new CaseCriteria(number, null, null, null, null, null, null),
            PageRequest.first(SUGGESTIONS))
        .items()
        .stream()
        .filter(found -> found.trackingNumber().equalsIgnoreCase(number))
        .map(CaseSummary::id)
        .findFirst()
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    ActionInput.MERGE_INTO.field(), "handling.mergeIntoCaseId.unknown"));
  }

  /**
   * Open cases other than this one whose number or words match what was typed, for the merge
   * dialog's suggestions: the tracking number, then the title after a space (the number is what is
   * kept, see {@link #mergeTargetId}).
   */
  public List<String> completeOpenCaseNumbers(String typed) {
    long self = showCase.getDetail().id();
    return cases
        .find(
            new CaseCriteria(typed, null, null, null, null, null, null),
            PageRequest.first(SUGGESTIONS))
        .items()
        .stream()
        .filter(found -> found.id() != self && found.status().isOpen())
        .map(found -> found.trackingNumber() + " " + found.title())
        .toList();
  }

  /** 并单 in one click: the MERGE action into the case with this number, as the dialog would. */
  public void mergeInto(String trackingNumber) {
    start(CaseAction.MERGE);
    mergeIntoNumber = trackingNumber;
    perform();
  }

  /** Whether the chosen action takes the input named after a command field. */
  public boolean takes(String field) {
    return need(field) != null;
  }

  public boolean requires(String field) {
    return need(field) == Need.REQUIRED;
  }

  private boolean takes(ActionInput input) {
    return action != null && CaseActions.of(action).inputs().containsKey(input);
  }

  private Need need(String field) {
    if (action == null) {
      return null;
    }
    for (Map.Entry<ActionInput, Need> entry : CaseActions.of(action).inputs().entrySet()) {
      if (entry.getKey().field().equals(field)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The note is a reason, a content or a remark depending on the action. */
  public String getNoteLabel() {
    if (action != null && CaseActions.of(action).noteIsReason()) {
      return "handling.field.reason";
    }
    return requires(ActionInput.NOTE.field()) ? "handling.field.content" : "handling.field.note";
  }

  public List<UnitView> getUnitChoices() {
    if (unitChoices == null) {
      unitChoices = units.activeUnits();
    }
    return unitChoices;
  }

  public CaseOutcome[] getOutcomes() {
    return CaseOutcome.values();
  }

  public Satisfaction[] getRatings() {
    return Satisfaction.values();
  }

  public CaseAction getAction() {
    return action;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Long getLeadUnitId() {
    return leadUnitId;
  }

  public void setLeadUnitId(Long leadUnitId) {
    this.leadUnitId = leadUnitId;
  }

  public List<Long> getAssistingUnitIds() {
    return assistingUnitIds;
  }

  public void setAssistingUnitIds(List<Long> assistingUnitIds) {
    this.assistingUnitIds =
        assistingUnitIds == null ? new ArrayList<>() : new ArrayList<>(assistingUnitIds);
  }

  public CaseOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(CaseOutcome outcome) {
    this.outcome = outcome;
  }

  public Satisfaction getSatisfaction() {
    return satisfaction;
  }

  public void setSatisfaction(Satisfaction satisfaction) {
    this.satisfaction = satisfaction;
  }

  public Integer getExtensionDays() {
    return extensionDays;
  }

  public void setExtensionDays(Integer extensionDays) {
    this.extensionDays = extensionDays;
  }

  public String getMergeIntoNumber() {
    return mergeIntoNumber;
  }

  public void setMergeIntoNumber(String mergeIntoNumber) {
    this.mergeIntoNumber = mergeIntoNumber;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }
}
