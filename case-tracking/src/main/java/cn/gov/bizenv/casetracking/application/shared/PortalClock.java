package cn.gov.bizenv.casetracking.application.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's notion of "now": Beijing time, whatever the server's zone, because deadlines and
 * office hours are the city's.
 *
 * <p>Integration tests only: when {@code portal.test.clock-offset-file} is configured (environment
 * variable {@code PORTAL_TEST_CLOCK_OFFSET_FILE}, set by the failsafe executions and by nothing
 * else), the ISO-8601 duration in that file (for example {@code P12D}) is added to the time, so
 * that a browser test can let working days pass and see a case fall overdue without waiting for it.
 * No file means no offset; without the setting the file is never read.
 */
@ApplicationScoped
public class PortalClock {
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Logger LOG = Logger.getLogger(PortalClock.class.getName());
  private final Clock clock = Clock.system(ZONE);

  @Inject
  @ConfigProperty(name = "portal.test.clock-offset-file")
  Optional<String> offsetFile = Optional.empty();

  @PostConstruct
  void warnWhenShifted() {
    offsetFile.ifPresent(
        file -> LOG.warning("test clock: the time is shifted by the duration in " + file));
  }

  public LocalDateTime now() {
    LocalDateTime now = LocalDateTime.now(clock).withNano(0);
    return offsetFile.map(file -> now.plus(offset(Path.of(file)))).orElse(now);
  }

  private static Duration offset(Path file) {
    try {
      return Files.isRegularFile(file)
          ? Duration.parse(Files.readString(file).strip())
          : Duration.ZERO;
    } catch (IOException | DateTimeParseException unreadable) {
      // A test that meant to move the time must not silently run at the real time.
      throw new IllegalStateException("unreadable test clock offset in " + file, unreadable);
    }
  }
}
