package cn.gov.bizenv.portal.web.mailbox;

import cn.gov.bizenv.casetracking.application.attachments.NewAttachment;
import cn.gov.bizenv.casetracking.application.directory.DistrictChoice;
import cn.gov.bizenv.casetracking.application.mailbox.LetterReceipt;
import cn.gov.bizenv.casetracking.application.mailbox.NewLetter;
import cn.gov.bizenv.casetracking.application.mailbox.PublicMailbox;
import cn.gov.bizenv.casetracking.domain.model.mailbox.LetterType;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import cn.gov.bizenv.portal.web.categories.CategoryChoices;
import cn.gov.bizenv.portal.web.security.ClientAddress;
import cn.gov.bizenv.portal.web.shell.ChosenFiles;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * Anyone writes a letter to the mayor. Each view holds one form token with its sum; every send uses
 * it up and gets a fresh one, so a double click or a resent form records one letter only. The codes
 * are shown on this view once; reloading the page forgets them. Files are checked as soon as they
 * are chosen and kept in the view until the letter is sent, so a refused file or a wrong field
 * loses nothing else the writer entered.
 */
@Named
@ViewScoped
public class WriteLetter implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient PublicMailbox mailbox;
  @Inject transient MailboxGuard guard;
  @Inject transient FacesErrors errors;

  private LetterType type;
  private String title;
  private String content;
  private Long categoryId;
  private Long districtId;
  private String firmName;
  private String writerName;
  private String mobile;
  private String idNumber;
  private boolean publishConsent;
  private Integer challengeAnswer;
  private FormChallenges.Challenge challenge;
  private String trackingNumber;
  private String queryCode;
  private final ChosenFiles files = new ChosenFiles();
  private transient List<DistrictChoice> districts;
  private transient CategoryChoices categoryChoices;

  @PostConstruct
  void start() {
    challenge = guard.challenge();
  }

  public void send() {
    try {
      NewLetter letter =
          new NewLetter(
              type,
              title,
              content,
              categoryId,
              districtId,
              firmName,
              writerName,
              mobile,
              idNumber,
              publishConsent);
      List<FieldViolation> problems = new ArrayList<>(mailbox.problemsWith(letter));
      if (challengeAnswer == null) {
        problems.add(new FieldViolation("challengeAnswer", "letter.challenge.missing", Map.of()));
      }
      if (!problems.isEmpty()) {
        // Every missing or wrong field at once: the sum is checked only once the letter could go.
        throw new InvalidInputException(problems);
      }
      List<NewAttachment> attachments = files.attachments();
      LetterReceipt receipt =
          guard.write(
              clientAddress(),
              challenge.formToken(),
              challengeAnswer,
              () -> mailbox.write(letter, attachments));
      trackingNumber = receipt.trackingNumber();
      queryCode = receipt.queryCode();
      files.clear();
    } catch (DomainException problem) {
      errors.show(problem, "letterForm");
    } finally {
      challenge = guard.challenge();
      challengeAnswer = null;
    }
  }

  /** Keeps a chosen file when it passes the limits together with the files already chosen. */
  public void attach(FileUploadEvent event) {
    try {
      files.add(event.getFile(), mailbox::checkAttachments);
    } catch (DomainException problem) {
      errors.show(problem, "letterForm");
    }
  }

  public ChosenFiles getFiles() {
    return files;
  }

  static String clientAddress() {
    return ClientAddress.of(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  public boolean isSent() {
    return trackingNumber != null;
  }

  public String getQuestion() {
    return challenge.left() + " + " + challenge.right() + " = ?";
  }

  public LetterType[] getTypes() {
    return LetterType.values();
  }

  public List<DistrictChoice> getDistricts() {
    if (districts == null) {
      districts = mailbox.districts();
    }
    return districts;
  }

  public List<SelectItem> getCategoryChoices() {
    if (categoryChoices == null) {
      categoryChoices = new CategoryChoices(mailbox.categories());
    }
    return categoryChoices.classifiable();
  }

  public int getTitleMax() {
    return NewLetter.TITLE_MAX;
  }

  public int getContentMax() {
    return NewLetter.CONTENT_MAX;
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public String getQueryCode() {
    return queryCode;
  }

  public LetterType getType() {
    return type;
  }

  public void setType(LetterType type) {
    this.type = type;
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

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public Long getDistrictId() {
    return districtId;
  }

  public void setDistrictId(Long districtId) {
    this.districtId = districtId;
  }

  public String getFirmName() {
    return firmName;
  }

  public void setFirmName(String firmName) {
    this.firmName = firmName;
  }

  public String getWriterName() {
    return writerName;
  }

  public void setWriterName(String writerName) {
    this.writerName = writerName;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }

  public boolean isPublishConsent() {
    return publishConsent;
  }

  public void setPublishConsent(boolean publishConsent) {
    this.publishConsent = publishConsent;
  }

  public Integer getChallengeAnswer() {
    return challengeAnswer;
  }

  public void setChallengeAnswer(Integer challengeAnswer) {
    this.challengeAnswer = challengeAnswer;
  }
}
