package cn.gov.bizenv.portal.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Cache lifetimes of the faces resources (scripts, styles, fonts). A resource whose address carries
 * its version ({@code v=15.0.13}: PrimeFaces') never changes under that address, so browsers keep
 * it for a year without asking again; the portal's own, unversioned ones are revalidated on each
 * use (a 304 answer when unchanged) so that a new release is seen at once. Faces' own week-long
 * lifetime, which is right for neither, is kept out.
 */
@WebFilter(urlPatterns = "/jakarta.faces.resource/*")
public class ResourceCaching extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String VERSIONED = "public, max-age=31536000, immutable";
  static final String REVALIDATED = "no-cache";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String policy = request.getParameter("v") == null ? REVALIDATED : VERSIONED;
    response.setHeader("Cache-Control", policy);
    chain.doFilter(request, new KeepsCachePolicy(response));
  }

  /** Ignores the cache headers that Faces sets after the policy above. */
  private static final class KeepsCachePolicy extends HttpServletResponseWrapper {
    KeepsCachePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!isCacheHeader(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!isCacheHeader(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setDateHeader(String name, long date) {
      if (!isCacheHeader(name)) {
        super.setDateHeader(name, date);
      }
    }

    @Override
    public void addDateHeader(String name, long date) {
      if (!isCacheHeader(name)) {
        super.addDateHeader(name, date);
      }
    }

    private static boolean isCacheHeader(String name) {
      return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name);
    }
  }
}
