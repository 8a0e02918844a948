package cn.gov.bizenv.casetracking.domain.model.triage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A classified message imported from an older system to teach the classifier: not a case, nobody
 * handles it. It keeps ids, not references: it is only ever read in bulk for training.
 */
@Entity
@Table(name = "triage_example")
public class TrainingExample {
  public static final int TITLE_MAX = 200;
  public static final int CONTENT_MAX = 20000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "triage_example_seq")
  @SequenceGenerator(
      name = "triage_example_seq",
      sequenceName = "triage_example_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "category_id", nullable = false)
  private long categoryId;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(nullable = false, length = CONTENT_MAX)
  private String content;

  @Column(name = "unit_id")
  private Long unitId;

  @Column(name = "imported_at", nullable = false)
  private LocalDateTime importedAt;

  @Column(name = "imported_by", nullable = false, length = 50)
  private String importedBy;

  protected TrainingExample() {}

  public TrainingExample(
      long categoryId,
      String title,
      String content,
      Long unitId,
      LocalDateTime importedAt,
      String importedBy) {
    if (title.length() > TITLE_MAX || content.length() > CONTENT_MAX) {
      throw new IllegalArgumentException("title or content too long");
    }
    this.categoryId = categoryId;
    this.title = title;
    this.content = content;
    this.unitId = unitId;
    this.importedAt = importedAt;
    this.importedBy = importedBy;
  }

  public Long getId() {
    return id;
  }

  public long getCategoryId() {
    return categoryId;
  }

  public String getTitle() {
    return title;
  }

  public String getContent() {
    return content;
  }

  public Long getUnitId() {
    return unitId;
  }
}
