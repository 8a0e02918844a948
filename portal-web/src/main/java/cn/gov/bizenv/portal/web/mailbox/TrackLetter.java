package cn.gov.bizenv.portal.web.mailbox;

import cn.gov.bizenv.casetracking.application.mailbox.LetterRating;
import cn.gov.bizenv.casetracking.application.mailbox.LetterStatus;
import cn.gov.bizenv.casetracking.application.mailbox.PublicMailbox;
import cn.gov.bizenv.casetracking.domain.model.casefile.Satisfaction;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The writer looks a letter up with its tracking number and query code, reads the approved reply
 * and rates it. A wrong code and an unknown number read the same; failures count against the
 * address (see {@link MailboxGuard}).
 */
@Named
@ViewScoped
public class TrackLetter implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient PublicMailbox mailbox;
  @Inject transient MailboxGuard guard;
  @Inject transient FacesErrors errors;

  private String trackingNumber;
  private String queryCode;
  private transient LetterStatus letter;
  private Satisfaction satisfaction;
  private String comment;

  public void look() {
    letter = null;
    try {
      letter =
          guard.lookUp(WriteLetter.clientAddress(), () -> mailbox.track(trackingNumber, queryCode));
    } catch (NotFoundException miss) {
      errors.error("track.notFound");
    } catch (DomainException problem) {
      errors.show(problem, "trackForm");
    }
  }

  public void rate() {
    try {
      letter =
          guard.lookUp(
              WriteLetter.clientAddress(),
              () ->
                  mailbox.rate(trackingNumber, queryCode, new LetterRating(satisfaction, comment)));
      errors.info("track.rated");
    } catch (NotFoundException miss) {
      letter = null;
      errors.error("track.notFound");
    } catch (DomainException problem) {
      errors.show(problem, "rateForm");
    }
  }

  public Satisfaction[] getSatisfactions() {
    return Satisfaction.values();
  }

  public LetterStatus getLetter() {
    return letter;
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public void setTrackingNumber(String trackingNumber) {
    this.trackingNumber = trackingNumber;
  }

  public String getQueryCode() {
    return queryCode;
  }

  public void setQueryCode(String queryCode) {
    this.queryCode = queryCode;
  }

  public Satisfaction getSatisfaction() {
    return satisfaction;
  }

  public void setSatisfaction(Satisfaction satisfaction) {
    this.satisfaction = satisfaction;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
