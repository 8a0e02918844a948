package cn.gov.bizenv.portal.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import cn.gov.bizenv.portal.web.shell.Texts;
import jakarta.enterprise.inject.Model;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/** The sign-in form. After signing in, the person returns to the page they asked for. */
@Model
public class Login {
  @Inject SecurityContext securityContext;
  @Inject FacesContext faces;
  @Inject Texts texts;

  private String username;
  private String password;
  private String next;

  public String submit() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams()
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username, password == null ? "" : password))
                .newAuthentication(true));
    if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
      return null;
    }
    if (status == AuthenticationStatus.SUCCESS) {
      request.changeSessionId();
      external.redirect(external.getRequestContextPath() + SafeReturnPath.of(next));
      return null;
    }
    password = null;
    if (request.getAttribute(PortalAuthenticationMechanism.SIGN_IN_WAIT) instanceof Duration wait) {
      // the same words whether the name exists or not; 429 tells scripts what happened
      external.setResponseStatus(429);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              texts.get("login.tooMany", SignInGuard.minutes(wait)),
              null));
      return null;
    }
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("login.failed"), null));
    return null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
