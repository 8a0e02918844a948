package cn.gov.bizenv.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Query parameters with C0 control characters (other than tab and line breaks) are refused before
 * any page or endpoint sees them: a search for {@code %00} would otherwise reach PostgreSQL, which
 * cannot hold U+0000, as a 500. The API answers 400 naming the parameter, pages answer 400. Only
 * the query string is read, never a form body (JAX-RS resources read their own bodies).
 */
@WebFilter(urlPatterns = "/*")
public class QueryTextGuard extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String refused = parameterWithControl(request.getQueryString());
    if (refused == null) {
      chain.doFilter(request, response);
    } else if (PortalAuthenticationMechanism.isApi(request)) {
      JsonErrorResponse.write(
          request, response, 400, "error.parameter", List.of(), refused, "input.controlCharacter");
    } else {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  /** The name of the first parameter whose name or value holds a control character; else null. */
  static String parameterWithControl(String query) {
    if (query == null || query.isEmpty()) {
      return null;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      if (hasControl(name) || hasControl(value)) {
        return hasControl(name) ? "?" : name;
      }
    }
    return null;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }

  private static boolean hasControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
    }
    return false;
  }
}
