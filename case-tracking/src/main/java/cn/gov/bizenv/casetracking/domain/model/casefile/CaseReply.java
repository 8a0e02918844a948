package cn.gov.bizenv.casetracking.domain.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;
import java.util.Objects;

/** The lead unit's reply (答复): its text, who wrote it and when; each submission replaces it. */
@Embeddable
public class CaseReply {
  /** No reply yet. */
  static final CaseReply NONE = new CaseReply();

  @Column(name = "reply", length = CaseFile.REPLY_MAX)
  private String text;

  @Column(name = "reply_author", length = 50)
  private String author;

  @Column(name = "replied_at")
  private LocalDateTime repliedAt;

  protected CaseReply() {}

  CaseReply(String text, String author, LocalDateTime repliedAt) {
    this.text = Objects.requireNonNull(text, "text");
    this.author = Objects.requireNonNull(author, "author");
    this.repliedAt = Objects.requireNonNull(repliedAt, "repliedAt");
  }

  public boolean isGiven() {
    return text != null;
  }

  /** The text, or null while there is no reply. */
  public String getText() {
    return text;
  }

  public String getAuthor() {
    return author;
  }

  public LocalDateTime getRepliedAt() {
    return repliedAt;
  }
}
