package cn.gov.bizenv.casetracking.application.directory;

import cn.gov.bizenv.casetracking.domain.model.unit.UnitKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an administrator enters to create a unit. */
public record NewUnit(
    @NotBlank(message = "{unit.name.required}") @Size(max = 100, message = "{unit.name.size}")
        String name,
    @NotNull(message = "{unit.kind.required}") UnitKind kind) {}
