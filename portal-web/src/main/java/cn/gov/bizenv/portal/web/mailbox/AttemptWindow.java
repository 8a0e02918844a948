package cn.gov.bizenv.portal.web.mailbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Counts attempts per key (a client address) in a sliding window: at most {@code max} attempts in
 * any {@code window}. Kept in this server's memory, which is enough against one address flooding
 * one server; behind a load balancer each server counts its own share (documented in the README).
 * Keys whose attempts have all expired are dropped, so memory follows the active addresses only.
 */
public final class AttemptWindow {
  private final int max;
  private final long windowNanos;
  private final LongSupplier nanoClock;
  private final Map<String, Deque<Long>> attempts = new ConcurrentHashMap<>();
  private long lastPurge;

  public AttemptWindow(int max, Duration window) {
    this(max, window, System::nanoTime);
  }

  AttemptWindow(int max, Duration window, LongSupplier nanoClock) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be positive");
    }
    this.max = max;
    this.windowNanos = window.toNanos();
    this.nanoClock = nanoClock;
    this.lastPurge = nanoClock.getAsLong();
  }

  /** Whether the key may make another attempt now (does not count one). */
  public boolean allows(String key) {
    long now = nanoClock.getAsLong();
    Deque<Long> times = attempts.get(key);
    if (times == null) {
      return true;
    }
    synchronized (times) {
      expire(times, now);
      return times.size() < max;
    }
  }

  /** Counts an attempt by the key. */
  public void record(String key) {
    long now = nanoClock.getAsLong();
    purgeNow(now);
    Deque<Long> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      expire(times, now);
      times.addLast(now);
      while (times.size() > max) {
        times.removeFirst();
      }
    }
  }

  /** Counts an attempt if one is allowed; false when the key has used up its window. */
  public boolean tryAcquire(String key) {
    long now = nanoClock.getAsLong();
    purgeNow(now);
    Deque<Long> times = attempts.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      expire(times, now);
      if (times.size() >= max) {
        return false;
      }
      times.addLast(now);
      return true;
    }
  }

  /** Forgets the key's attempts (a right query code ends the run of failures). */
  public void reset(String key) {
    attempts.remove(key);
  }

  int trackedKeys() {
    return attempts.size();
  }

  private void expire(Deque<Long> times, long now) {
    while (!times.isEmpty() && now - times.peekFirst() >= windowNanos) {
      times.removeFirst();
    }
  }

  private void purgeNow(long now) {
    if (now - lastPurge < windowNanos) {
      return;
    }
    lastPurge = now;
    attempts
        .entrySet()
        .removeIf(
            entry -> {
              synchronized (entry.getValue()) {
                expire(entry.getValue(), now);
                return entry.getValue().isEmpty();
              }
            });
  }
}
