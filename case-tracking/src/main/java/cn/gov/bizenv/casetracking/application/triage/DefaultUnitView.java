package cn.gov.bizenv.casetracking.application.triage;

/** A default lead unit for a category, in one district ({@code districtId}) or in all (null). */
public record DefaultUnitView(
    long id,
    long categoryId,
    String categoryPath,
    Long districtId,
    String districtName,
    long unitId,
    String unitName)
    implements java.io.Serializable {}
