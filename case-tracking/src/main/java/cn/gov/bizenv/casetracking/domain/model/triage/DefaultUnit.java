package cn.gov.bizenv.casetracking.domain.model.triage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The administrator's default lead unit for a category, in one district or (district null) in all.
 * Routing falls back on it where history is thin and adds it to what history says.
 */
@Entity
@Table(name = "triage_default_unit")
public class DefaultUnit {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "triage_default_unit_seq")
  @SequenceGenerator(
      name = "triage_default_unit_seq",
      sequenceName = "triage_default_unit_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "category_id", nullable = false, updatable = false)
  private long categoryId;

  @Column(name = "district_id", updatable = false)
  private Long districtId;

  @Column(name = "unit_id", nullable = false)
  private long unitId;

  @Version private long version;

  protected DefaultUnit() {}

  public DefaultUnit(long categoryId, Long districtId, long unitId) {
    this.categoryId = categoryId;
    this.districtId = districtId;
    this.unitId = unitId;
  }

  public void assign(long unit) {
    this.unitId = unit;
  }

  public Long getId() {
    return id;
  }

  public long getCategoryId() {
    return categoryId;
  }

  public Long getDistrictId() {
    return districtId;
  }

  public long getUnitId() {
    return unitId;
  }
}
