package cn.gov.bizenv.casetracking.application.directory;

import cn.gov.bizenv.casetracking.domain.model.category.CategoryName;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator enters to add a category; no parent means a new top-level category. */
public record NewCategory(
    Long parentId,
    @NotBlank(message = "{category.name.required}")
        @Size(max = CategoryName.MAX, message = "{category.name.size}")
        @Pattern(regexp = CategoryName.NO_SLASH, message = "{category.name.slash}")
        String name) {}
