package cn.gov.bizenv.casetracking.application.directory;

import cn.gov.bizenv.casetracking.domain.model.category.CategoryName;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new name for a category, with the version the administrator was looking at. */
public record RenameCategory(
    @NotBlank(message = "{category.name.required}")
        @Size(max = CategoryName.MAX, message = "{category.name.size}")
        @Pattern(regexp = CategoryName.NO_SLASH, message = "{category.name.slash}")
        String name,
    long version) {}
