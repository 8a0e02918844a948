package cn.gov.bizenv.casetracking.application.triage;

import jakarta.validation.constraints.NotNull;

/** Sets the default lead unit of a category (at any level), for one district or (null) all. */
public record NewDefaultUnit(
    @NotNull(message = "{triage.categoryId.required}") Long categoryId,
    Long districtId,
    @NotNull(message = "{triage.unitId.required}") Long unitId) {}
