package cn.gov.bizenv.portal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestOriginTest {
  private static final RequestOrigin SERVED = RequestOrigin.served("http", "Portal.Example", 8080);

  @Test
  void theOriginHeaderWinsAndTheRefererStandsInWhenItIsMissing() {
    assertEquals(
        RequestOrigin.parse("http://portal.example:8080"),
        RequestOrigin.claimed("http://portal.example:8080", "http://evil.example/"));
    assertEquals(
        RequestOrigin.parse("http://evil.example"),
        RequestOrigin.claimed(null, "http://evil.example/page?x=1"));
    assertEquals(Optional.empty(), RequestOrigin.claimed(null, null));
    assertEquals(Optional.empty(), RequestOrigin.claimed("null", "http://portal.example:8080/"));
    assertEquals(Optional.empty(), RequestOrigin.claimed("file:///tmp/x.html", null));
    assertEquals(Optional.empty(), RequestOrigin.claimed("not a url", null));
  }

  @Test
  void schemeHostAndPortMustAllMatch() {
    assertTrue(same("http://portal.example:8080"));
    assertTrue(same("HTTP://PORTAL.example:8080"));
    assertFalse(same("https://portal.example:8080"));
    assertFalse(same("http://portal.example"));
    assertFalse(same("http://portal.example.evil.example:8080"));
    assertFalse(same("http://evil.example:8080"));
    assertTrue(
        RequestOrigin.parse("https://portal.example:443")
            .orElseThrow()
            .isOneOf(RequestOrigin.served("https", "portal.example", 443), Set.of()));
  }

  @Test
  void configuredOriginsAreTrusted() {
    Set<RequestOrigin> trusted =
        SameOriginGuard.origins(" https://bizenv.gov.example , ,not an origin");
    assertEquals(1, trusted.size());
    assertTrue(
        RequestOrigin.parse("https://bizenv.gov.example:443")
            .orElseThrow()
            .isOneOf(SERVED, trusted));
    assertFalse(
        RequestOrigin.parse("http://bizenv.gov.example").orElseThrow().isOneOf(SERVED, trusted));
  }

  @Test
  void sessionCookiesGetSameSiteOnceAndKeepTheirOwn() {
    assertEquals(
        "JSESSIONID=a; Path=/portal; HttpOnly; SameSite=Lax",
        SecurityHeaders.withSameSite("JSESSIONID=a; Path=/portal; HttpOnly"));
    assertEquals(
        "JSESSIONID=a; SameSite=Strict",
        SecurityHeaders.withSameSite("JSESSIONID=a; SameSite=Strict"));
  }

  private static boolean same(String origin) {
    return RequestOrigin.parse(origin).orElseThrow().isOneOf(SERVED, Set.of());
  }
}
