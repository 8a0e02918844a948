package cn.gov.bizenv.casetracking.domain.model.mailbox;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import cn.gov.bizenv.casetracking.domain.model.category.Category;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The published version of a letter and its reply, as the public list shows it. An officer may edit
 * it (for example to remove a name); the case keeps the original. Whatever is stored here has been
 * through {@link PersonalDataMask}, so the list never shows a phone or identity number, even one an
 * officer overlooked.
 */
@Entity
@Table(name = "published_letter")
public class PublishedLetter {
  public static final int TITLE_MAX = CaseFile.TITLE_MAX;
  public static final int CONTENT_MAX = CaseFile.CONTENT_MAX;
  public static final int REPLY_MAX = CaseFile.REPLY_MAX;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "published_letter_seq")
  @SequenceGenerator(
      name = "published_letter_seq",
      sequenceName = "published_letter_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "case_id", nullable = false, unique = true, updatable = false)
  private long caseId;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(nullable = false, length = CONTENT_MAX)
  private String content;

  @Column(nullable = false, length = REPLY_MAX)
  private String reply;

  @Column(name = "replying_unit", length = 100)
  private String replyingUnit;

  @Column(name = "category_id")
  private Long categoryId;

  @Column(name = "category_code", length = 20)
  private String categoryCode;

  @Column(name = "category_name", length = 30)
  private String categoryName;

  @Column(name = "received_at", nullable = false)
  private LocalDateTime receivedAt;

  @Column(name = "answered_at")
  private LocalDateTime answeredAt;

  @Column(name = "published_at", nullable = false)
  private LocalDateTime publishedAt;

  @Column(name = "published_by", nullable = false, length = 50)
  private String publishedBy;

  @Version private long version;

  protected PublishedLetter() {}

  /** Publishes the answered case with the given texts, masked against the writer's name. */
  public PublishedLetter(
      CaseFile caseFile,
      String writerName,
      String title,
      String content,
      String reply,
      String by,
      LocalDateTime at) {
    this.caseId = Objects.requireNonNull(caseFile.getId(), "case id");
    this.receivedAt = caseFile.getReceivedAt();
    revise(caseFile, writerName, title, content, reply, by, at);
  }

  /** Replaces the published texts; the case's own data (unit, category, dates) is taken afresh. */
  public void revise(
      CaseFile caseFile,
      String writerName,
      String title,
      String content,
      String reply,
      String by,
      LocalDateTime at) {
    if (caseFile.getId() != caseId) {
      throw new IllegalArgumentException("another case");
    }
    this.title = masked(title, TITLE_MAX, writerName, "title");
    this.content = masked(content, CONTENT_MAX, writerName, "content");
    this.reply = masked(reply, REPLY_MAX, writerName, "reply");
    this.replyingUnit = caseFile.getLeadUnit() == null ? null : caseFile.getLeadUnit().getName();
    Category category = caseFile.getCategory();
    this.categoryId = category == null ? null : category.getId();
    this.categoryCode = category == null ? null : category.getCode();
    this.categoryName = category == null ? null : category.getName();
    this.answeredAt = caseFile.getClosedAt();
    this.publishedBy = Objects.requireNonNull(by, "by");
    this.publishedAt = Objects.requireNonNull(at, "at");
  }

  private static String masked(String text, int max, String writerName, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
    String result = PersonalDataMask.text(text.strip(), writerName);
    if (result.length() > max) {
      throw new IllegalArgumentException(what + " longer than " + max);
    }
    return result;
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  public String getTitle() {
    return title;
  }

  public String getContent() {
    return content;
  }

  public String getReply() {
    return reply;
  }

  public String getReplyingUnit() {
    return replyingUnit;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public String getCategoryName() {
    return categoryName;
  }

  public LocalDateTime getReceivedAt() {
    return receivedAt;
  }

  public LocalDateTime getAnsweredAt() {
    return answeredAt;
  }

  public LocalDateTime getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public long getVersion() {
    return version;
  }
}
