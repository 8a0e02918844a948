package cn.gov.bizenv.casetracking.application.directory;

import cn.gov.bizenv.casetracking.domain.model.account.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an administrator enters to create an account; the password is handed to the person. */
public record NewAccount(
    @NotBlank(message = "{account.username.required}")
        @Pattern(regexp = USERNAME, message = "{account.username.format}")
        String username,
    @NotBlank(message = "{account.displayName.required}")
        @Size(max = 50, message = "{account.displayName.size}")
        String displayName,
    @NotNull(message = "{account.unit.required}") Long unitId,
    @NotEmpty(message = "{account.roles.required}") Set<Role> roles,
    @NotNull(message = "{account.password.required}")
        @Size(min = PasswordReset.MIN_LENGTH, max = 128, message = "{account.password.size}")
        String password) {
  /** Lower-case letters, digits, dots, dashes and underscores, starting with a letter. */
  public static final String USERNAME = "[a-z][a-z0-9._-]{2,49}";
}
