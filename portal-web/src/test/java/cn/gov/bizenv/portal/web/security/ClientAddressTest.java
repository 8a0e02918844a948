package cn.gov.bizenv.portal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
  private static final Set<String> PROXIES = ClientAddress.parse("10.0.0.1, 10.0.0.2");

  @Test
  void theForwardedHeaderIsIgnoredUnlessTheRequestCameThroughATrustedProxy() {
    assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", "203.0.113.9", PROXIES));
    assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", "203.0.113.9", Set.of()));
    assertEquals("10.0.0.1", ClientAddress.of("10.0.0.1", null, PROXIES));
    assertEquals("10.0.0.1", ClientAddress.of("10.0.0.1", " ", PROXIES));
  }

  @Test
  void theClientIsTheLastHopThatIsNotAProxy() {
    // a client may write anything before the proxies' own entries; only the last foreign one counts
    assertEquals(
        "203.0.113.9", ClientAddress.of("10.0.0.1", "1.2.3.4, 203.0.113.9, 10.0.0.2", PROXIES));
    assertEquals("10.0.0.1", ClientAddress.of("10.0.0.1", "10.0.0.2", PROXIES));
  }
}
