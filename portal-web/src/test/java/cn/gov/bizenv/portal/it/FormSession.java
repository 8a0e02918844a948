package cn.gov.bizenv.portal.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session without a browser: signs in through the login form as a person would and
 * keeps the session cookie, which it sends by hand, so that tests can see every {@code Set-Cookie}
 * header the portal writes and send requests as a browser on another site would.
 */
public final class FormSession {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** The nonce PrimeFaces' script puts into every form, as a browser would send it back. */
  private static final Pattern CSP_NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final URI root;
  private String sessionCookie;

  /** Every Set-Cookie header of the sign-in, the login page's and the form post's. */
  public final List<String> signInCookies;

  private FormSession(URI root, String sessionCookie, List<String> signInCookies) {
    this.root = root;
    this.sessionCookie = sessionCookie;
    this.signInCookies = signInCookies;
  }

  /** Signs in with the demo password; fails the test when the portal does not let them in. */
  public static FormSession signIn(URL base, String username) {
    return signIn(base, username, DemoAccounts.PASSWORD)
        .orElseThrow(() -> new AssertionError(username + " could not sign in through the form"));
  }

  /** Signs in; empty when the form refuses the credentials. */
  public static Optional<FormSession> signIn(URL base, String username, String password) {
    URI root = root(base);
    Attempt attempt = attempt(root, username, password, null);
    if (attempt.posted.statusCode() != 302) {
      return Optional.empty();
    }
    List<String> cookies =
        java.util.stream.Stream.concat(
                attempt.form.headers().allValues("Set-Cookie").stream(),
                attempt.posted.headers().allValues("Set-Cookie").stream())
            .toList();
    return Optional.of(
        new FormSession(root, cookie(attempt.posted).orElse(attempt.formCookie), cookies));
  }

  /**
   * The answer to one sign-in through the form (a 302 when it succeeded) from a client address (as
   * a proxy would say it; null for none), for tests of refusals.
   */
  public static HttpResponse<String> postSignIn(
      URL base, String username, String password, String address) {
    return attempt(root(base), username, password, address).posted;
  }

  private record Attempt(
      HttpResponse<String> form, String formCookie, HttpResponse<String> posted) {}

  private static Attempt attempt(URI root, String username, String password, String address) {
    HttpRequest.Builder page =
        HttpRequest.newBuilder(root.resolve("login.xhtml")).header("Accept-Language", "zh-CN");
    HttpRequest.Builder post = HttpRequest.newBuilder(root.resolve("login.xhtml"));
    if (address != null) {
      page.header("X-Forwarded-For", address);
      post.header("X-Forwarded-For", address);
    }
    HttpResponse<String> form = exchange(page);
    String formCookie = cookie(form).orElseThrow(() -> new AssertionError("no session cookie"));
    Matcher viewState = VIEW_STATE.matcher(form.body());
    if (!viewState.find()) {
      throw new AssertionError("no view state on the login page: " + form.body());
    }
    String body =
        "loginForm=loginForm&loginForm%3Anext=&loginForm%3Ausername="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&loginForm%3Apassword="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&loginForm%3Asubmit=&jakarta.faces.ViewState="
            + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
    Matcher nonce = CSP_NONCE.matcher(form.body());
    if (nonce.find()) {
      body += "&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8);
    }
    HttpResponse<String> posted =
        exchange(
            post.header("Cookie", formCookie)
                .header("Origin", origin(root))
                .header("Accept-Language", "zh-CN")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    return new Attempt(form, formCookie, posted);
  }

  private static URI root(URL base) {
    return URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
  }

  /** The portal's own origin, as its pages' requests carry it. */
  public String origin() {
    return origin(root);
  }

  private static String origin(URI root) {
    return root.getScheme() + "://" + root.getAuthority();
  }

  /** A request to a path under the portal carrying the session cookie (and nothing else). */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(root.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Cookie", sessionCookie);
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    return exchange(request);
  }

  private static HttpResponse<String> exchange(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Optional<String> cookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(header -> header.startsWith("JSESSIONID="))
        .map(
            header ->
                header.substring(
                    0, header.indexOf(';') < 0 ? header.length() : header.indexOf(';')))
        .reduce((first, last) -> last);
  }
}
