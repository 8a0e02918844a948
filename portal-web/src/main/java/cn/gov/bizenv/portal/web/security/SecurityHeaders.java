package cn.gov.bizenv.portal.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The protective headers of every response, page or API, so that a page or endpoint added later has
 * them without asking.
 *
 * <ul>
 *   <li>{@code Content-Security-Policy}: pages get PrimeFaces' policy with a fresh script nonce
 *       ({@code primefaces.CSP} and {@code primefaces.CSP_POLICY} in {@code web.xml}); every other
 *       response (JSON, downloads) gets {@link #NOTHING_ACTIVE}, which a page's own policy
 *       replaces.
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin} (case
 *       addresses never leave the portal in a Referer), a {@code Permissions-Policy} that switches
 *       off the browser features the portal does not use (location and camera stay for its own
 *       pages: 走访定位 and visit photos), and {@code X-Frame-Options}.
 *   <li>{@code Strict-Transport-Security} when the request came over HTTPS (directly or as told by
 *       the proxy's {@code X-Forwarded-Proto}).
 *   <li>{@code SameSite=Lax} on the session cookie: Payara writes the session cookie itself and
 *       ignores the {@code SameSite} attribute of {@code web.xml}'s cookie config, so the cookie
 *       header is completed here whenever a session is created or its id changes.
 * </ul>
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String CSP = "Content-Security-Policy";

  /** For responses that are not pages: nothing may run, load or frame them from elsewhere. */
  static final String NOTHING_ACTIVE = "default-src 'none'; frame-ancestors 'self'";

  /**
   * The visit form checks in with the location and attaches camera photos: the portal's own pages
   * only.
   */
  static final String PERMISSIONS =
      "camera=(self), microphone=(), geolocation=(self), payment=(), usb=(), interest-cohort=()";

  static final String HSTS = "max-age=31536000";
  static final String SET_COOKIE = "Set-Cookie";
  static final String SAME_SITE = "SameSite=Lax";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    protect(request, response);
    PageHeaders headers = new PageHeaders(response);
    chain.doFilter(new CookieAwareRequest(request, headers), headers);
  }

  /**
   * Sets the headers on a response. Also called by the authentication mechanism, whose answers (a
   * 401, the redirect to the login page) are written before any filter runs.
   */
  static void protect(HttpServletRequest request, HttpServletResponse response) {
    if (response.isCommitted()) {
      return;
    }
    response.setHeader(CSP, NOTHING_ACTIVE);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", PERMISSIONS);
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    if (overHttps(request)) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    // the container may have opened the session before any filter (a sign-in through the form)
    completeSessionCookies(response);
  }

  static boolean overHttps(HttpServletRequest request) {
    return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
  }

  /** Adds {@code SameSite=Lax} to every cookie header that has no SameSite of its own. */
  static void completeSessionCookies(HttpServletResponse response) {
    if (response.isCommitted()) {
      return;
    }
    List<String> cookies = new ArrayList<>(response.getHeaders(SET_COOKIE));
    if (cookies.stream().allMatch(SecurityHeaders::hasSameSite)) {
      return;
    }
    boolean first = true;
    for (String cookie : cookies) {
      String completed = withSameSite(cookie);
      if (first) {
        response.setHeader(SET_COOKIE, completed);
        first = false;
      } else {
        response.addHeader(SET_COOKIE, completed);
      }
    }
  }

  static String withSameSite(String cookie) {
    return hasSameSite(cookie) ? cookie : cookie + "; " + SAME_SITE;
  }

  private static boolean hasSameSite(String cookie) {
    return cookie.toLowerCase(Locale.ROOT).contains("samesite=");
  }

  /** A page's own policy (PrimeFaces', with its nonce) replaces the default one. */
  private static final class PageHeaders extends HttpServletResponseWrapper {
    PageHeaders(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else if (SET_COOKIE.equalsIgnoreCase(name)) {
        super.addHeader(name, withSameSite(value));
      } else {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, SET_COOKIE.equalsIgnoreCase(name) ? withSameSite(value) : value);
    }
  }

  /** Completes the session cookie the container writes when a session opens or changes its id. */
  private static final class CookieAwareRequest extends HttpServletRequestWrapper {
    private final HttpServletResponse response;

    CookieAwareRequest(HttpServletRequest request, HttpServletResponse response) {
      super(request);
      this.response = response;
    }

    @Override
    public HttpSession getSession(boolean create) {
      HttpSession session = super.getSession(create);
      if (session != null && session.isNew()) {
        completeSessionCookies(response);
      }
      return session;
    }

    @Override
    public HttpSession getSession() {
      return getSession(true);
    }

    @Override
    public String changeSessionId() {
      String id = super.changeSessionId();
      completeSessionCookies(response);
      return id;
    }
  }
}
