package cn.gov.bizenv.casetracking.application.directory;

import cn.gov.bizenv.casetracking.domain.model.account.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** An account's new name, unit and roles, with the version the administrator saw. */
public record AccountChange(
    @NotBlank(message = "{account.displayName.required}")
        @Size(max = 50, message = "{account.displayName.size}")
        String displayName,
    @NotNull(message = "{account.unit.required}") Long unitId,
    @NotEmpty(message = "{account.roles.required}") Set<Role> roles,
    long version) {}
