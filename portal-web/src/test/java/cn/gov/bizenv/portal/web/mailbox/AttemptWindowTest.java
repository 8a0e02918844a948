package cn.gov.bizenv.portal.web.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AttemptWindowTest {
  final AtomicLong now = new AtomicLong(1_000);
  final AttemptWindow window = new AttemptWindow(3, Duration.ofMinutes(10), now::get);

  @Test
  void refusesTheAttemptAfterTheLimitWithinTheWindow() {
    assertTrue(window.tryAcquire("10.0.0.1"));
    assertTrue(window.tryAcquire("10.0.0.1"));
    assertTrue(window.tryAcquire("10.0.0.1"));
    assertFalse(window.tryAcquire("10.0.0.1"));
    assertFalse(window.allows("10.0.0.1"));
    assertTrue(window.tryAcquire("10.0.0.2"), "other addresses are not affected");
  }

  @Test
  void theWindowSlides() {
    window.record("a");
    now.addAndGet(Duration.ofMinutes(4).toNanos());
    window.record("a");
    window.record("a");
    assertFalse(window.allows("a"));
    now.addAndGet(Duration.ofMinutes(6).toNanos());
    assertTrue(window.allows("a"), "the first attempt has left the window");
    window.record("a");
    assertFalse(window.allows("a"));
  }

  @Test
  void resetForgetsAKey() {
    window.record("a");
    window.record("a");
    window.record("a");
    window.reset("a");
    assertTrue(window.allows("a"));
  }

  @Test
  void expiredKeysAreDroppedFromMemory() {
    for (int i = 0; i < 100; i++) {
      window.record("10.0.0." + i);
    }
    assertEquals(100, window.trackedKeys());
    now.addAndGet(Duration.ofMinutes(11).toNanos());
    window.record("b");
    assertEquals(1, window.trackedKeys());
  }
}
