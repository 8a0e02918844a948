package cn.gov.bizenv.casetracking.domain.model.intake;

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
 * A batch of cases assigned by a higher authority (上级交办) and imported together from one
 * spreadsheet. Its number is the portal's own ({@code 2026PC000050}); the source document is what
 * the authority wrote on its covering letter (e.g. 省政府督查室 2026-15号). Each case keeps its batch, so
 * lists and reports can select it.
 */
@Entity
@Table(name = "intake_batch")
public class IntakeBatch {
  public static final int SOURCE_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_batch_seq")
  @SequenceGenerator(
      name = "intake_batch_seq",
      sequenceName = "intake_batch_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "batch_number", nullable = false, unique = true, length = 20)
  private String batchNumber;

  @Column(name = "source_document", nullable = false, length = SOURCE_MAX)
  private String sourceDocument;

  @Column(name = "imported_by", nullable = false, length = 50)
  private String importedBy;

  @Column(name = "imported_at", nullable = false)
  private LocalDateTime importedAt;

  @Column(name = "case_count", nullable = false)
  private int caseCount;

  @Version private long version;

  protected IntakeBatch() {}

  public IntakeBatch(String sourceDocument, String importedBy, LocalDateTime importedAt) {
    String source = Objects.requireNonNull(sourceDocument, "sourceDocument").strip();
    if (source.isEmpty() || source.length() > SOURCE_MAX) {
      throw new IllegalArgumentException(
          "source document must be 1.." + SOURCE_MAX + " characters");
    }
    this.sourceDocument = source;
    this.importedBy = Objects.requireNonNull(importedBy, "importedBy");
    this.importedAt = Objects.requireNonNull(importedAt, "importedAt");
    // A placeholder until the id is known; see assignNumber.
    this.batchNumber = "new";
  }

  /** Year, {@code PC} (批次) and the id: unique because the id is. */
  public void assignNumber() {
    if (id == null) {
      throw new IllegalStateException("the batch has no id yet");
    }
    batchNumber = String.format("%dPC%06d", importedAt.getYear(), id);
  }

  /** Records how many cases the batch brought in. */
  public void counted(int cases) {
    if (cases < 0) {
      throw new IllegalArgumentException("case count must not be negative");
    }
    caseCount = cases;
  }

  public Long getId() {
    return id;
  }

  public String getBatchNumber() {
    return batchNumber;
  }

  public String getSourceDocument() {
    return sourceDocument;
  }

  public String getImportedBy() {
    return importedBy;
  }

  public LocalDateTime getImportedAt() {
    return importedAt;
  }

  public int getCaseCount() {
    return caseCount;
  }

  public long getVersion() {
    return version;
  }
}
