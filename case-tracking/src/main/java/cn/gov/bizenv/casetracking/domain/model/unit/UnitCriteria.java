package cn.gov.bizenv.casetracking.domain.model.unit;

/**
 * Filters for the unit list; null means "any".
 *
 * @param nameContains part of the name
 * @param kind the kind of unit
 * @param active whether the unit is active
 */
public record UnitCriteria(String nameContains, UnitKind kind, Boolean active) {
  public static UnitCriteria any() {
    return new UnitCriteria(null, null, null);
  }
}
