package cn.gov.bizenv.portal.web.reports;

import cn.gov.bizenv.casetracking.application.cases.CaseSummary;
import cn.gov.bizenv.casetracking.application.reports.BulletinDraft;
import cn.gov.bizenv.casetracking.application.reports.BulletinDraft.NotableInput;
import cn.gov.bizenv.casetracking.application.reports.BulletinView;
import cn.gov.bizenv.casetracking.application.reports.Bulletins;
import cn.gov.bizenv.casetracking.application.reports.ReportPeriod;
import cn.gov.bizenv.casetracking.application.reports.Reports;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinContent.NotableCase;
import cn.gov.bizenv.casetracking.domain.model.bulletin.BulletinStatus;
import cn.gov.bizenv.casetracking.domain.model.report.Figure;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One bulletin (view parameter id): its content, the supervisor's edit form while it is a draft,
 * submission, a leader's approval or sending back, and its PDF, Excel and print views.
 */
@Named
@ViewScoped
public class ShowBulletin implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many of the period's cases are offered as notable: the overdue and the newest received. */
  static final int CANDIDATES = 100;

  @Inject transient Bulletins bulletins;
  @Inject transient Reports reports;
  @Inject transient BulletinFont font;
  @Inject transient BulletinLetterhead letterhead;
  @Inject transient Texts texts;
  @Inject FacesErrors errors;

  private Long id;
  private BulletinView view;
  private BulletinHeading heading = new BulletinHeading();
  private String foreword;
  private List<NotablePick> notable = new ArrayList<>();
  private Long candidateId;
  private String reason;
  private Map<Long, String> candidates;

  public void load() {
    if (id == null) {
      return;
    }
    try {
      show(bulletins.get(id));
    } catch (DomainException problem) {
      view = null;
      errors.show(problem, "bulletinForm");
    }
  }

  private void show(BulletinView v) {
    view = v;
    heading = BulletinHeading.of(v.summary());
    foreword = v.foreword();
    candidates = null;
    Map<Long, String> labels = new LinkedHashMap<>();
    v.content().notableCases().forEach(n -> labels.put(n.caseId(), label(n)));
    notable = new ArrayList<>();
    for (NotableInput n : v.notable()) {
      notable.add(
          new NotablePick(
              n.caseId(), labels.getOrDefault(n.caseId(), "#" + n.caseId()), n.remark()));
    }
  }

  private static String label(NotableCase n) {
    return n.trackingNumber() + " " + n.title();
  }

  public void save() {
    act(() -> bulletins.revise(id, draft(), view.summary().version()), "bulletin.saved");
  }

  public void submit() {
    act(
        () -> {
          BulletinView saved = bulletins.revise(id, draft(), view.summary().version());
          return bulletins.submit(id, saved.summary().version());
        },
        "bulletin.submitted");
  }

  public void approve() {
    act(() -> bulletins.approve(id, view.summary().version()), "bulletin.approved");
  }

  public void sendBack() {
    act(() -> bulletins.sendBack(id, reason, view.summary().version()), "bulletin.sentBack");
    reason = null;
  }

  private void act(java.util.function.Supplier<BulletinView> action, String doneKey) {
    try {
      show(action.get());
      errors.info(doneKey);
    } catch (DomainException problem) {
      errors.show(problem, "bulletinForm");
    }
  }

  private BulletinDraft draft() {
    return heading.draft(
        foreword,
        notable.stream().map(n -> new NotableInput(n.getCaseId(), n.getRemark())).toList());
  }

  /** Adds the chosen case to the notable ones (kept on the form until saved). */
  public void addNotable() {
    if (candidateId == null || notable.stream().anyMatch(n -> n.getCaseId() == candidateId)) {
      return;
    }
    notable.add(
        new NotablePick(
            candidateId, getCandidates().getOrDefault(candidateId, "#" + candidateId), null));
    candidateId = null;
  }

  public void removeNotable(NotablePick pick) {
    notable.remove(pick);
  }

  /**
   * The period's cases a supervisor may pick, as id → label: the overdue ones first, then the
   * newest received, each list one page of the dashboard's own drill-down.
   */
  public Map<Long, String> getCandidates() {
    if (candidates == null) {
      candidates = new LinkedHashMap<>();
      if (view != null) {
        ReportPeriod period = ReportPeriod.of(view.summary().from(), view.summary().to());
        for (Figure figure : new Figure[] {Figure.OVERDUE, Figure.RECEIVED}) {
          for (CaseSummary c :
              reports.drillDown(figure, null, period, PageRequest.first(CANDIDATES)).items()) {
            candidates.putIfAbsent(c.id(), c.trackingNumber() + " " + c.title());
          }
        }
      }
    }
    return candidates;
  }

  public List<String[]> getFigureRows() {
    return view == null ? List.of() : BulletinRows.figures(view.content(), texts.locale());
  }

  public boolean isDraft() {
    return view != null && view.summary().status() == BulletinStatus.DRAFT;
  }

  public boolean isSubmitted() {
    return view != null && view.summary().status() == BulletinStatus.SUBMITTED;
  }

  public StreamedContent getPdf() {
    BulletinView current = bulletins.get(id);
    byte[] content =
        BulletinPdf.render(current, font.path(), font.face(), texts.locale(), letterhead.heading());
    return DefaultStreamedContent.builder()
        .name("bulletin-" + id + ".pdf")
        .contentType(BulletinPdf.MEDIA_TYPE)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  public StreamedContent getWorkbook() {
    byte[] content = BulletinWorkbook.of(bulletins.get(id), texts.locale());
    return DefaultStreamedContent.builder()
        .name("bulletin-" + id + ".xlsx")
        .contentType(ReportWorkbook.MEDIA_TYPE)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public BulletinView getView() {
    return view;
  }

  public BulletinHeading getHeading() {
    return heading;
  }

  public String getForeword() {
    return foreword;
  }

  public void setForeword(String foreword) {
    this.foreword = foreword;
  }

  public List<NotablePick> getNotable() {
    return notable;
  }

  public Long getCandidateId() {
    return candidateId;
  }

  public void setCandidateId(Long candidateId) {
    this.candidateId = candidateId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
