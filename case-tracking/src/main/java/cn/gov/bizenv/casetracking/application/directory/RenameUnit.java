package cn.gov.bizenv.casetracking.application.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new name for a unit, with the version the administrator was looking at. */
public record RenameUnit(
    @NotBlank(message = "{unit.name.required}") @Size(max = 100, message = "{unit.name.size}")
        String name,
    long version) {}
