package cn.gov.bizenv.portal.web.mailbox;

import cn.gov.bizenv.casetracking.application.mailbox.LetterContact;
import cn.gov.bizenv.casetracking.application.mailbox.LetterPublication;
import cn.gov.bizenv.casetracking.application.mailbox.PublicMailbox;
import cn.gov.bizenv.casetracking.application.mailbox.PublicationDraft;
import cn.gov.bizenv.casetracking.application.mailbox.PublishLetter;
import cn.gov.bizenv.casetracking.application.mailbox.PublishedLetterView;
import cn.gov.bizenv.casetracking.domain.shared.DomainException;
import cn.gov.bizenv.casetracking.domain.shared.NotFoundException;
import cn.gov.bizenv.portal.web.shell.FacesErrors;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * An officer decides whether an answered mailbox letter is published and edits the published texts;
 * the page starts from the published version, or from the original the first time.
 */
@Named
@ViewScoped
public class DecidePublication implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient LetterPublication publication;
  @Inject transient PublicMailbox mailbox;
  @Inject transient FacesErrors errors;

  private Long id;
  private transient PublicationDraft draft;
  private transient LetterContact contact;
  private String title;
  private String content;
  private String reply;

  /** The page's view action; a case that is not a mailbox letter is a 404. */
  public void load() throws IOException {
    try {
      if (id == null) {
        throw new NotFoundException("letter", "");
      }
      draft = publication.draft(id);
      contact = mailbox.contact(id);
      PublishedLetterView published = draft.published();
      title = published == null ? draft.originalTitle() : published.title();
      content = published == null ? draft.originalContent() : published.content();
      reply = published == null ? draft.originalReply() : published.reply();
    } catch (NotFoundException missing) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public void publish() {
    try {
      PublishedLetterView published =
          publication.publish(id, new PublishLetter(title, content, reply));
      title = published.title();
      content = published.content();
      reply = published.reply();
      draft = publication.draft(id);
      errors.info("publication.done");
    } catch (DomainException problem) {
      errors.show(problem, "publishForm");
    }
  }

  public void withdraw() {
    try {
      publication.withdraw(id);
      draft = publication.draft(id);
      errors.info("publication.withdrawn");
    } catch (DomainException problem) {
      errors.show(problem, "publishForm");
    }
  }

  public PublicationDraft getDraft() {
    if (draft == null && id != null) {
      draft = publication.draft(id);
    }
    return draft;
  }

  public LetterContact getContact() {
    if (contact == null && id != null) {
      contact = mailbox.contact(id);
    }
    return contact;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
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

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }
}
