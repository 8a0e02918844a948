package cn.gov.bizenv.casetracking.domain.model.triage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What the officer did with the suggestion for one case: the first-ranked category and lead unit
 * beside those chosen when the case was dispatched. A later dispatch (after a return) replaces it.
 */
@Entity
@Table(name = "triage_decision")
public class TriageDecision {
  @Id
  @Column(name = "case_id")
  private long caseId;

  @Column(name = "model_version", nullable = false)
  private long modelVersion;

  @Column(name = "suggested_category_id")
  private Long suggestedCategoryId;

  @Column(name = "category_id")
  private Long categoryId;

  @Column(name = "category_taken")
  private Boolean categoryTaken;

  @Column(name = "suggested_unit_id")
  private Long suggestedUnitId;

  @Column(name = "unit_id")
  private Long unitId;

  @Column(name = "unit_taken")
  private Boolean unitTaken;

  @Column(name = "decided_at", nullable = false)
  private LocalDateTime decidedAt;

  protected TriageDecision() {}

  public TriageDecision(long caseId) {
    this.caseId = caseId;
  }

  /** Records the decision; "taken" is unknown (null) where nothing was suggested or chosen. */
  public void decide(
      long modelVersion,
      Long suggestedCategoryId,
      Long categoryId,
      Long suggestedUnitId,
      Long unitId,
      LocalDateTime at) {
    this.modelVersion = modelVersion;
    this.suggestedCategoryId = suggestedCategoryId;
    this.categoryId = categoryId;
    this.categoryTaken = taken(suggestedCategoryId, categoryId);
    this.suggestedUnitId = suggestedUnitId;
    this.unitId = unitId;
    this.unitTaken = taken(suggestedUnitId, unitId);
    this.decidedAt = at;
  }

  private static Boolean taken(Long suggested, Long chosen) {
    return suggested == null || chosen == null ? null : Objects.equals(suggested, chosen);
  }

  public long getCaseId() {
    return caseId;
  }

  public Boolean getCategoryTaken() {
    return categoryTaken;
  }

  public Boolean getUnitTaken() {
    return unitTaken;
  }
}
