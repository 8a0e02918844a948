package cn.gov.bizenv.portal.web.mailbox;

import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import cn.gov.bizenv.casetracking.domain.shared.InvalidInputException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One-time form tokens, each carrying a small sum the writer must solve ("3 + 5 = ?"). A token is
 * used up by the first submission that presents it, right or wrong, so a double click or a resent
 * form is refused and every new try needs a new sum. Kept in this server's memory; at most {@code
 * capacity} open tokens, the oldest expiring after {@code lifetime}.
 */
public final class FormChallenges {
  /** What the writer sees: the token to send back and the question. */
  public record Challenge(String formToken, int left, int right) implements java.io.Serializable {}

  private record Open(int answer, long issuedAt) {}

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Open> open = new ConcurrentHashMap<>();
  private final int capacity;
  private final long lifetimeNanos;
  private final LongSupplier nanoClock;

  public FormChallenges(int capacity, Duration lifetime) {
    this(capacity, lifetime, System::nanoTime);
  }

  FormChallenges(int capacity, Duration lifetime, LongSupplier nanoClock) {
    this.capacity = capacity;
    this.lifetimeNanos = lifetime.toNanos();
    this.nanoClock = nanoClock;
  }

  public Challenge issue() {
    long now = nanoClock.getAsLong();
    if (open.size() >= capacity) {
      open.values().removeIf(token -> now - token.issuedAt() >= lifetimeNanos);
    }
    if (open.size() >= capacity) {
      // Someone is collecting tokens; the oldest go first, real writers get fresh ones.
      open.entrySet().stream()
          .min((a, b) -> Long.compare(a.getValue().issuedAt(), b.getValue().issuedAt()))
          .ifPresent(oldest -> open.remove(oldest.getKey()));
    }
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String token = HexFormat.of().formatHex(bytes);
    int left = 1 + random.nextInt(9);
    int right = 1 + random.nextInt(9);
    open.put(token, new Open(left + right, now));
    return new Challenge(token, left, right);
  }

  /**
   * Uses up the token and checks the answer.
   *
   * @throws InvalidInputException naming {@code formToken} when the token is unknown, used or
   *     expired, or {@code challengeAnswer} when the sum is wrong
   */
  public void redeem(String formToken, Integer answer) {
    Open token = formToken == null ? null : open.remove(formToken);
    if (token == null || nanoClock.getAsLong() - token.issuedAt() >= lifetimeNanos) {
      throw invalid("formToken", "letter.formToken.used");
    }
    if (answer == null || answer != token.answer()) {
      throw invalid("challengeAnswer", "letter.challenge.wrong");
    }
  }

  int openTokens() {
    return open.size();
  }

  private static InvalidInputException invalid(String field, String key) {
    return new InvalidInputException(List.of(new FieldViolation(field, key, Map.of())));
  }
}
