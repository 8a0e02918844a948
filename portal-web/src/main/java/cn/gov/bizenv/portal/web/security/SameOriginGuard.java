package cn.gov.bizenv.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Cross-site request forgery guard for the API. A browser sends the session cookie with any request
 * to the portal, including one that a page of another site makes it send; so every unsafe request
 * (POST, PUT, PATCH, DELETE) authenticated by the session must say it comes from the portal's own
 * pages: its {@code Origin} (or, when a browser sends none, its {@code Referer}) must be the
 * portal's origin or one configured in {@code PORTAL_TRUSTED_ORIGINS}. Otherwise it answers 403 in
 * the API's JSON error shape. HTTP Basic and API-key callers carry no session and are not affected;
 * safe methods change nothing and are not checked. It applies to every path under {@code /api}, so
 * endpoints added later are covered without being listed.
 */
@WebFilter(urlPatterns = "/api/*")
public class SameOriginGuard extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SameOriginGuard.class.getName());
  static final Set<String> UNSAFE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
  public static final String CODE = "error.crossOrigin";

  private transient Set<RequestOrigin> trusted = Set.of();

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    trusted =
        ConfigProvider.getConfig()
            .getOptionalValue("portal.trusted-origins", String.class)
            .map(SameOriginGuard::origins)
            .orElse(Set.of());
  }

  static Set<RequestOrigin> origins(String list) {
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(entry -> !entry.isEmpty())
        .map(RequestOrigin::parse)
        .flatMap(Optional::stream)
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (needsProof(request) && !fromThePortal(request)) {
      LOG.warning(
          () ->
              "refused a cross-origin "
                  + request.getMethod()
                  + " "
                  + request.getRequestURI()
                  + " by "
                  + request.getRemoteUser()
                  + " from origin "
                  + request.getHeader("Origin"));
      JsonErrorResponse.write(
          request, response, HttpServletResponse.SC_FORBIDDEN, CODE, java.util.List.of());
      return;
    }
    chain.doFilter(request, response);
  }

  /** An unsafe method whose caller was recognised by the session cookie. */
  static boolean needsProof(HttpServletRequest request) {
    return UNSAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))
        && request.getUserPrincipal() != null
        && request.getRequestedSessionId() != null
        && request.isRequestedSessionIdValid();
  }

  private boolean fromThePortal(HttpServletRequest request) {
    RequestOrigin served =
        RequestOrigin.served(request.getScheme(), request.getServerName(), request.getServerPort());
    return RequestOrigin.claimed(request.getHeader("Origin"), request.getHeader("Referer"))
        .map(origin -> origin.isOneOf(served, trusted))
        .orElse(false);
  }
}
