package cn.gov.bizenv.casetracking.domain.model.unit;

/**
 * What kind of organisation a unit is; display names live in the bundles under {@code unitKind.*}.
 */
public enum UnitKind {
  /** 领导小组办公室: the leading group office that coordinates supervision. */
  LEADING_GROUP_OFFICE,
  /** 专项小组: one of the office's special groups. */
  SPECIAL_GROUP,
  /** 市直部门: a city department. */
  CITY_DEPARTMENT,
  /** 县区: a county, district or development zone. */
  COUNTY_OR_DISTRICT
}
