package cn.gov.bizenv.portal.web.security;

import jakarta.enterprise.inject.Model;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Signs out: ends the container login and the session, then shows the login page. */
@Model
public class Logout {
  @Inject FacesContext faces;

  public void submit() throws ServletException, IOException {
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(
        external.getRequestContextPath()
            + PortalAuthenticationMechanism.LOGIN_PAGE
            + "?signedOut=true");
  }
}
