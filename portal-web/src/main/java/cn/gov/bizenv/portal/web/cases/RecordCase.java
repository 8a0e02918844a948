package cn.gov.bizenv.portal.web.cases;

import cn.gov.bizenv.casetracking.application.attachments.CaseAttachments;
import cn.gov.bizenv.casetracking.application.cases.CaseDetail;
import cn.gov.bizenv.casetracking.application.cases.CaseIntake;
import cn.gov.bizenv.casetracking.application.cases.NewCase;
import cn.gov.bizenv.casetracking.application.cases.SimilarCaseView;
import cn.gov.bizenv.casetracking.application.cases.SimilarCases;
import cn.gov.bizenv.casetracking.application.cases.SimilarityRequest;
import cn.gov.bizenv.casetracking.application.directory.CategoryTree;
import cn.gov.bizenv.casetracking.application.directory.UnitDirectory;
import cn.gov.bizenv.casetracking.application.directory.UnitView;
import cn.gov.bizenv.casetracking.domain.model.casefile.Channel;
import cn.gov.bizenv.casetracking.domain.model.casefile.IntakeDetails;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.portal.web.categories.CategoryChoices;
import cn.gov.bizenv.portal.web.shell.ChosenFiles;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/** A triage officer records a case that arrived by any channel. */
@Named
@ViewScoped
public class RecordCase implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient CaseIntake intake;
  @Inject transient UnitDirectory units;
  @Inject transient FacesErrors errors;
  @Inject transient CategoryTree categories;
  @Inject transient CaseAttachments caseAttachments;
  @Inject transient SimilarCases similar;

  private Channel channel;
  private String title;
  private String content;
  private Long concernedUnitId;
  private List<UnitView> unitChoices;
  private Long categoryId;
  private CategoryChoices categoryChoices;
  private String proposerName;
  private String proposalNumber;
  private String proposalSession;
  private String writerName;
  private String writerPhone;
  private String writerIdNumber;
  private final ChosenFiles files = new ChosenFiles();
  private List<SimilarCaseView> duplicates = List.of();

  /**
   * 可能重复: looks for recorded cases like the one being entered, as its title, content or concerned
   * unit change, before it is saved.
   */
  public void findDuplicates() {
    boolean nothing = (title == null || title.isBlank()) && (content == null || content.isBlank());
    duplicates =
        nothing
            ? List.of()
            : similar.similarTo(new SimilarityRequest(title, content, concernedUnitId));
  }

  public List<SimilarCaseView> getDuplicates() {
    return duplicates;
  }

  public String save() {
    try {
      CaseDetail recorded =
          intake.record(
              new NewCase(
                  channel,
                  title,
                  content,
                  concernedUnitId,
                  categoryId,
                  null,
                  null,
                  proposerName,
                  proposalNumber,
                  proposalSession,
                  writerName,
                  writerPhone,
                  writerIdNumber),
              files.attachments());
      errors.info("case.recorded", recorded.trackingNumber());
      return "/cases/detail?faces-redirect=true&id=" + recorded.id();
    } catch (DomainException problem) {
      errors.show(problem, "caseForm");
      return null;
    }
  }

  /** Suggestions and proposals ask for the deputy or member, the number and the session. */
  public boolean isProposal() {
    return channel != null && IntakeDetails.takesProposal(channel);
  }

  /** A chosen file is checked at once and waits, with the rest of the form, for the save. */
  public void attach(FileUploadEvent event) {
    try {
      files.add(event.getFile(), caseAttachments::check);
    } catch (DomainException problem) {
      errors.show(problem, "caseForm");
    }
  }

  public ChosenFiles getFiles() {
    return files;
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

  /** Third-level categories grouped by their ancestors; a case may also stay unclassified. */
  public List<SelectItem> getCategoryChoices() {
    return categoryChoices().classifiable();
  }

  /** The chosen category's full path, since the picker shows only its last name. */
  public String getCategoryPath() {
    return categoryChoices().pathOf(categoryId);
  }

  private CategoryChoices categoryChoices() {
    if (categoryChoices == null) {
      categoryChoices = new CategoryChoices(categories.activeTree());
    }
    return categoryChoices;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

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

  public String getProposerName() {
    return proposerName;
  }

  public void setProposerName(String proposerName) {
    this.proposerName = proposerName;
  }

  public String getProposalNumber() {
    return proposalNumber;
  }

  public void setProposalNumber(String proposalNumber) {
    this.proposalNumber = proposalNumber;
  }

  public String getProposalSession() {
    return proposalSession;
  }

  public void setProposalSession(String proposalSession) {
    this.proposalSession = proposalSession;
  }

  public String getWriterName() {
    return writerName;
  }

  public void setWriterName(String writerName) {
    this.writerName = writerName;
  }

  public String getWriterPhone() {
    return writerPhone;
  }

  public void setWriterPhone(String writerPhone) {
    this.writerPhone = writerPhone;
  }

  public String getWriterIdNumber() {
    return writerIdNumber;
  }

  public void setWriterIdNumber(String writerIdNumber) {
    this.writerIdNumber = writerIdNumber;
  }
}
