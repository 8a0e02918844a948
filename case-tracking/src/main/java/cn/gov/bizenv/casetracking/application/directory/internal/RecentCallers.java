package cn.gov.bizenv.casetracking.application.directory.internal;

import cn.gov.bizenv.casetracking.application.shared.CallerProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Callers' profiles, kept for {@link #TTL}: every request of the API and of the pages asks who its
 * caller is, and reading the account each time cost a query per request. Accounts are created by
 * the administrator's account register and the unit register, and both forget every profile once
 * such a change is committed, so it takes effect at the next request; a change made in the database
 * by hand takes effect within the TTL, as a changed password does for the identity store.
 */
@ApplicationScoped
public class RecentCallers {
  static final Duration TTL = Duration.ofSeconds(30);
  static final int MAX_ENTRIES = 10_000;

  private record Entry(CallerProfile profile, long expiresAtNanos) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  Optional<CallerProfile> find(String username) {
    Entry entry = entries.get(username);
    if (entry == null) {
      return Optional.empty();
    }
    if (System.nanoTime() - entry.expiresAtNanos() >= 0) {
      entries.remove(username, entry);
      return Optional.empty();
    }
    return Optional.of(entry.profile());
  }

  /** Forgets every profile when the current transaction ends (committed or not). */
  Synchronization forgetAllAfterCompletion() {
    return new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        entries.clear();
      }
    };
  }

  void remember(CallerProfile profile) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear(); // more distinct callers than a city has staff: start afresh, never grow
    }
    entries.put(profile.username(), new Entry(profile, System.nanoTime() + TTL.toNanos()));
  }
}
