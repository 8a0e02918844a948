package cn.gov.bizenv.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.FormSession;
import cn.gov.bizenv.portal.it.PortalIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The session cookie's SameSite and the protective headers of pages and API answers, read from the
 * headers as sent (issue 18, items 2 and 4).
 */
class SecurityHeadersIT extends PortalIT {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  void everySessionCookieIsSameSiteLaxAndHttpOnly() {
    FormSession session = FormSession.signIn(onLoopback(), "triage");
    List<String> sessionCookies =
        session.signInCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    // one for the login page's session, one for the id renewed at sign-in
    assertTrue(sessionCookies.size() >= 2, "cookies of the sign-in: " + session.signInCookies);
    for (String cookie : sessionCookies) {
      assertTrue(cookie.contains("SameSite=Lax"), cookie);
      assertTrue(cookie.contains("HttpOnly"), cookie);
    }
  }

  @Test
  void pagesCarryAContentSecurityPolicyWithTheNonceOfTheirScripts() throws Exception {
    for (String page : List.of("login.xhtml", "public/write.xhtml", "public/no-such-page.xhtml")) {
      HttpResponse<String> answer = get(page, Optional.empty());
      List<String> policies = answer.headers().allValues("Content-Security-Policy");
      assertEquals(1, policies.size(), page + ": " + policies);
      String policy = policies.get(0);
      assertTrue(policy.contains("default-src 'self'"), policy);
      assertTrue(policy.contains("object-src 'none'"), policy);
      Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(policy);
      assertTrue(nonce.find(), page + ": " + policy);
      if (answer.statusCode() == 200) {
        assertTrue(
            answer.body().contains("nonce=\"" + nonce.group(1) + "\""),
            page + "'s scripts carry the header's nonce");
        assertFalse(
            Pattern.compile("<[a-z]+[^>]* on(click|change|load|complete)=")
                .matcher(answer.body())
                .find(),
            page + " has no inline handler left");
      }
      assertProtective(page, answer);
    }
  }

  @Test
  void apiAnswersAndDownloadsMayRunNothing() throws Exception {
    for (String path : List.of("api/cases", "api/public/mailbox/categories", "api/no-such-thing")) {
      HttpResponse<String> answer = get(path, Optional.empty());
      assertEquals(
          List.of("default-src 'none'; frame-ancestors 'self'"),
          answer.headers().allValues("Content-Security-Policy"),
          path);
      assertProtective(path, answer);
    }
  }

  @Test
  void strictTransportSecurityOnlyOverHttps() throws Exception {
    HttpResponse<String> plain = get("login.xhtml", Optional.empty());
    assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty());
    HttpResponse<String> proxied = get("login.xhtml", Optional.of("https"));
    assertEquals(
        Optional.of("max-age=31536000"), proxied.headers().firstValue("Strict-Transport-Security"));
  }

  private static void assertProtective(String path, HttpResponse<String> answer) {
    assertEquals(
        Optional.of("nosniff"), answer.headers().firstValue("X-Content-Type-Options"), path);
    assertEquals(Optional.of("same-origin"), answer.headers().firstValue("Referrer-Policy"), path);
    String permissions = answer.headers().firstValue("Permissions-Policy").orElse("");
    assertTrue(permissions.contains("microphone=()"), path + ": " + permissions);
    assertTrue(permissions.contains("geolocation=(self)"), path + ": " + permissions);
    assertTrue(answer.headers().firstValue("Server").isEmpty(), path + ": " + answer.headers());
    assertTrue(
        answer.headers().firstValue("X-Powered-By").isEmpty(), path + ": " + answer.headers());
  }

  private HttpResponse<String> get(String path, Optional<String> forwardedProto) throws Exception {
    String base = onLoopback().toString();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.endsWith("/") ? base : base + "/").resolve(path))
            .header("Accept-Language", "zh-CN");
    forwardedProto.ifPresent(proto -> request.header("X-Forwarded-Proto", proto));
    return HTTP.send(request.build(), BodyHandlers.ofString());
  }
}
