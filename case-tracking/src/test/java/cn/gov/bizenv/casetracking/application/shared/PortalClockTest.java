package cn.gov.bizenv.casetracking.application.shared;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalClockTest {
  @TempDir Path dir;

  @Test
  void withoutTheTestSettingTheClockIsBeijingTime() {
    assertClose(LocalDateTime.now(PortalClock.ZONE), new PortalClock().now());
  }

  @Test
  void theTestSettingShiftsTheTimeByTheDurationInItsFile() throws Exception {
    Path file = dir.resolve("offset");
    PortalClock clock = new PortalClock();
    clock.offsetFile = Optional.of(file.toString());
    assertClose(LocalDateTime.now(PortalClock.ZONE), clock.now());

    Files.writeString(file, "P12DT3H\n");
    assertClose(LocalDateTime.now(PortalClock.ZONE).plusDays(12).plusHours(3), clock.now());

    Files.delete(file);
    assertClose(LocalDateTime.now(PortalClock.ZONE), clock.now());
  }

  @Test
  void anUnreadableOffsetFailsInsteadOfRunningAtTheRealTime() throws Exception {
    Path file = dir.resolve("offset");
    Files.writeString(file, "twelve days");
    PortalClock clock = new PortalClock();
    clock.offsetFile = Optional.of(file.toString());
    assertThrows(IllegalStateException.class, clock::now);
  }

  private static void assertClose(LocalDateTime expected, LocalDateTime actual) {
    assertTrue(
        Duration.between(expected, actual).abs().getSeconds() < 5, expected + " vs " + actual);
  }
}
