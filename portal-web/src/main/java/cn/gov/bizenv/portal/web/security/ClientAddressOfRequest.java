package cn.gov.bizenv.portal.web.security;

import cn.gov.bizenv.casetracking.application.shared.CallerAddress;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Tells the services the client address of every request ({@link ClientAddress}), so that the audit
 * log records where a view of personal data came from, whichever page or endpoint it was.
 */
@WebFilter(urlPatterns = "/*")
public class ClientAddressOfRequest extends HttpFilter {
  private static final long serialVersionUID = 1L;
  @Inject transient CallerAddress callerAddress;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    callerAddress.set(ClientAddress.of(request));
    chain.doFilter(request, response);
  }
}
