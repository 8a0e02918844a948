package cn.gov.bizenv.casetracking.domain.model.mailbox;

import cn.gov.bizenv.casetracking.domain.model.casefile.CaseFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What a letter to the mayor adds to its case: the letter's type, the firm concerned, the writer's
 * contact data (kept apart from the case, which units and leaders read) and the hash of the query
 * code with which the writer tracks the letter and rates the reply.
 */
@Entity
@Table(name = "mailbox_letter")
public class MailboxLetter {
  public static final int NAME_MAX = 50;
  public static final int FIRM_MAX = 200;
  public static final int COMMENT_MAX = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mailbox_letter_seq")
  @SequenceGenerator(
      name = "mailbox_letter_seq",
      sequenceName = "mailbox_letter_seq",
      allocationSize = 50)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id", nullable = false, unique = true)
  private CaseFile caseFile;

  @Enumerated(EnumType.STRING)
  @Column(name = "letter_type", nullable = false, length = 30)
  private LetterType type;

  @Column(name = "firm_name", length = FIRM_MAX)
  private String firmName;

  @Column(name = "writer_name", nullable = false, length = NAME_MAX)
  private String writerName;

  @Column(name = "writer_mobile", nullable = false, length = 11)
  private String writerMobile;

  @Column(name = "writer_id_number", length = 18)
  private String writerIdNumber;

  @Column(name = "publish_consent", nullable = false)
  private boolean publishConsent;

  @Column(name = "query_code_salt", nullable = false, length = 32)
  private String queryCodeSalt;

  @Column(name = "query_code_hash", nullable = false, length = 64)
  private String queryCodeHash;

  @Column(name = "rating_comment", length = COMMENT_MAX)
  private String ratingComment;

  @Column(name = "rated_at")
  private LocalDateTime ratedAt;

  @Version private long version;

  protected MailboxLetter() {}

  public MailboxLetter(
      CaseFile caseFile,
      LetterType type,
      String firmName,
      String writerName,
      String writerMobile,
      String writerIdNumber,
      boolean publishConsent,
      String queryCode) {
    this.caseFile = Objects.requireNonNull(caseFile, "caseFile");
    this.type = Objects.requireNonNull(type, "type");
    this.firmName = blankToNull(firmName);
    this.writerName = Objects.requireNonNull(blankToNull(writerName), "writerName");
    if (!MobileNumber.isValid(writerMobile)) {
      throw new IllegalArgumentException("not a mobile number");
    }
    this.writerMobile = writerMobile;
    String id = blankToNull(writerIdNumber);
    if (id != null && !ResidentIdNumber.isValid(id)) {
      throw new IllegalArgumentException("not a valid identity number");
    }
    this.writerIdNumber = id == null ? null : id.toUpperCase(java.util.Locale.ROOT);
    this.publishConsent = publishConsent;
    this.queryCodeSalt = QueryCode.newSalt();
    this.queryCodeHash =
        QueryCode.hash(Objects.requireNonNull(queryCode, "queryCode"), queryCodeSalt);
  }

  /** Whether the code is this letter's query code. */
  public boolean opensWith(String queryCode) {
    return QueryCode.matches(queryCode, queryCodeSalt, queryCodeHash);
  }

  /** The writer's rating comment, kept with the letter; the rating itself is the case's. */
  public void recordRatingComment(String comment, LocalDateTime at) {
    String text = blankToNull(comment);
    if (text != null && text.length() > COMMENT_MAX) {
      throw new IllegalArgumentException("comment longer than " + COMMENT_MAX);
    }
    this.ratingComment = text;
    this.ratedAt = Objects.requireNonNull(at, "at");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public LetterType getType() {
    return type;
  }

  public String getFirmName() {
    return firmName;
  }

  public String getWriterName() {
    return writerName;
  }

  public String getWriterMobile() {
    return writerMobile;
  }

  public String getWriterIdNumber() {
    return writerIdNumber;
  }

  public boolean isPublishConsent() {
    return publishConsent;
  }

  public String getRatingComment() {
    return ratingComment;
  }

  public LocalDateTime getRatedAt() {
    return ratedAt;
  }

  public long getVersion() {
    return version;
  }
}
