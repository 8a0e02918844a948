package cn.gov.bizenv.casetracking.application.directory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password for an account, with the version the administrator saw. */
public record PasswordReset(
    @NotNull(message = "{account.password.required}")
        @Size(min = MIN_LENGTH, max = 128, message = "{account.password.size}")
        String password,
    long version) {
  /** As for the first administrator's password: long enough to resist guessing offline. */
  public static final int MIN_LENGTH = 12;
}
