package cn.gov.bizenv.casetracking.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The portal's notion of "now": Beijing time, whatever the server's zone, because deadlines and
 * office hours are the city's.
 */
@ApplicationScoped
public class PortalClock {
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private final Clock clock = Clock.system(ZONE);

  public LocalDateTime now() {
    return LocalDateTime.now(clock).withNano(0);
  }
}
