package cn.gov.bizenv.casetracking.domain.model.attempt;

import java.time.Duration;

/**
 * A limit on attempts of one kind ({@code purpose}) by one subject (an account name, a client
 * address): at most {@code max} attempts in any {@code window}.
 */
public record AttemptRule(String purpose, int max, Duration window) {
  /** The longest window any rule may have; older attempts are purged. */
  public static final Duration LONGEST_WINDOW = Duration.ofDays(1);

  public AttemptRule {
    if (purpose == null || purpose.isBlank() || purpose.length() > 40) {
      throw new IllegalArgumentException("purpose must be 1 to 40 characters");
    }
    if (max < 1) {
      throw new IllegalArgumentException("max must be positive");
    }
    if (window.isNegative() || window.isZero() || window.compareTo(LONGEST_WINDOW) > 0) {
      throw new IllegalArgumentException("window must be positive and at most a day");
    }
  }
}
