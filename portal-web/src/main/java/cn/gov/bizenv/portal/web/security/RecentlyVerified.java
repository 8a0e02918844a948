package cn.gov.bizenv.portal.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a minute, credentials that just passed the PBKDF2 check, so that an API client
 * sending HTTP Basic on every request costs one slow hash per minute instead of one per request.
 * Only a salted SHA-256 of the username and password is kept, in memory. A change made through the
 * account register is forgotten at once ({@link #forget}); one made in the database by hand takes
 * effect within {@link #TTL}.
 */
final class RecentlyVerified {
  static final Duration TTL = Duration.ofSeconds(60);
  static final int MAX_ENTRIES = 10_000;

  record Caller(String name, Set<String> groups, Instant expires) {}

  private final byte[] salt = new byte[32];
  private final Map<String, Caller> entries = new ConcurrentHashMap<>();
  private final Clock clock;

  RecentlyVerified(Clock clock) {
    this.clock = clock;
    new SecureRandom().nextBytes(salt);
  }

  Optional<Caller> find(String username, String password) {
    String key = key(username, password);
    Caller caller = entries.get(key);
    if (caller == null) {
      return Optional.empty();
    }
    if (!caller.expires().isAfter(clock.instant())) {
      entries.remove(key, caller);
      return Optional.empty();
    }
    return Optional.of(caller);
  }

  void remember(String username, String password, String name, Set<String> groups) {
    if (entries.size() >= MAX_ENTRIES) {
      // A flood of distinct credentials: start afresh rather than grow without bound.
      entries.clear();
    }
    entries.put(
        key(username, password), new Caller(name, Set.copyOf(groups), clock.instant().plus(TTL)));
  }

  /** Forgets every remembered sign-in of the account. */
  void forget(String username) {
    entries.values().removeIf(caller -> caller.name().equals(username));
  }

  private String key(String username, String password) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(salt);
      digest.update(username.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(password.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
