package cn.gov.bizenv.portal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecentlyVerifiedTest {
  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-11-29T08:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void anAccountChangedByTheAdministratorIsForgottenAtOnce() {
    RecentlyVerified verified = new RecentlyVerified(new MovableClock());
    verified.remember("triage", "secret", "triage", Set.of("TRIAGE_OFFICER"));
    verified.remember("triage", "other", "triage", Set.of("TRIAGE_OFFICER"));
    verified.remember("leader", "secret", "leader", Set.of("LEADER"));
    verified.forget("triage");
    assertTrue(verified.find("triage", "secret").isEmpty());
    assertTrue(verified.find("triage", "other").isEmpty());
    assertTrue(verified.find("leader", "secret").isPresent(), "others are kept");
  }

  @Test
  void remembersTheExactCredentialsForAMinuteOnly() {
    MovableClock clock = new MovableClock();
    RecentlyVerified verified = new RecentlyVerified(clock);
    verified.remember("triage", "secret", "triage", Set.of("TRIAGE_OFFICER"));

    assertEquals(
        Set.of("TRIAGE_OFFICER"), verified.find("triage", "secret").orElseThrow().groups());
    assertTrue(verified.find("triage", "Secret").isEmpty(), "another password is not remembered");
    assertTrue(verified.find("triage2", "secret").isEmpty(), "another user is not remembered");

    clock.now = clock.now.plus(RecentlyVerified.TTL).plus(Duration.ofSeconds(1));
    assertTrue(verified.find("triage", "secret").isEmpty(), "forgotten after the time to live");
  }

  @Test
  void theUsernamePasswordBoundaryCannotBeShifted() {
    RecentlyVerified verified = new RecentlyVerified(new MovableClock());
    verified.remember("ab", "c", "ab", Set.of("LEADER"));
    assertTrue(verified.find("a", "bc").isEmpty());
  }
}
