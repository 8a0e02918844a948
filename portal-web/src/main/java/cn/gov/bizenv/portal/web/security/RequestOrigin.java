package cn.gov.bizenv.portal.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a browser says a request comes from ({@code Origin}, or the origin of {@code Referer} when
 * a browser sends no Origin), and whether that is the portal itself. An origin is compared as
 * scheme, host and port, the default port of the scheme filled in, so {@code http://a} and {@code
 * http://a:80} are one origin.
 */
public record RequestOrigin(String scheme, String host, int port) {
  /**
   * The origin a request's headers claim; empty when neither header names one ("null" included).
   */
  public static Optional<RequestOrigin> claimed(String originHeader, String refererHeader) {
    if (originHeader != null && !originHeader.isBlank()) {
      return parse(originHeader.strip());
    }
    if (refererHeader != null && !refererHeader.isBlank()) {
      return parse(refererHeader.strip());
    }
    return Optional.empty();
  }

  /** The portal's own origin as the request reached it (scheme, Host header's name and port). */
  public static RequestOrigin served(String scheme, String host, int port) {
    String lower = scheme.toLowerCase(Locale.ROOT);
    return new RequestOrigin(
        lower, host.toLowerCase(Locale.ROOT), port <= 0 ? defaultPort(lower) : port);
  }

  /** Parses {@code scheme://host[:port][/...]}; anything else (including "null") is no origin. */
  public static Optional<RequestOrigin> parse(String value) {
    try {
      URI uri = new URI(value);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return Optional.empty();
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return Optional.empty();
      }
      int port = uri.getPort() < 0 ? defaultPort(scheme) : uri.getPort();
      return Optional.of(new RequestOrigin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port));
    } catch (URISyntaxException notAnOrigin) {
      return Optional.empty();
    }
  }

  /** Whether this origin is the served one or one of the configured trusted ones. */
  public boolean isOneOf(RequestOrigin served, Set<RequestOrigin> trusted) {
    return equals(served) || trusted.contains(this);
  }

  private static int defaultPort(String scheme) {
    return scheme.equals("https") ? 443 : 80;
  }
}
