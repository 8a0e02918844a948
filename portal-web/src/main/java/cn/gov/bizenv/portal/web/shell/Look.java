package cn.gov.bizenv.portal.web.shell;

import cn.gov.bizenv.casetracking.application.directory.AccountLook;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/**
 * The page's look: the standard one or the 长辈版 (senior look, {@code body.portal-senior} in
 * portal.css). Staff keep their choice with their account; the public's choice is a cookie of this
 * browser. Both are switched by the button in every page's header.
 */
@Named
@RequestScoped
public class Look {
  /** The public's choice, kept a year; it says nothing about the person, only the look. */
  static final String COOKIE = "portal_look";

  static final String SENIOR = "senior";

  @Inject CurrentUser currentUser;
  @Inject AccountLook accountLook;

  private Boolean senior;

  public boolean isSenior() {
    if (senior == null) {
      senior = currentUser.isSignedIn() ? accountSaysSenior() : cookieSaysSenior();
    }
    return senior;
  }

  /** Switches the look and shows the same page again in it. */
  public void toggle() {
    boolean next = !isSenior();
    if (currentUser.isSignedIn()) {
      accountLook.chooseSeniorLook(next);
    }
    remember(next);
    senior = next;
  }

  /**
   * The account's choice. An error page (403, 404) is rendered outside the request's EJB security
   * context, where the services know no caller: it then shows the browser's own choice.
   */
  private boolean accountSaysSenior() {
    try {
      return accountLook.seniorLook();
    } catch (jakarta.ejb.EJBException noCallerHere) {
      return cookieSaysSenior();
    }
  }

  private static boolean cookieSaysSenior() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return false;
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName())) {
        return SENIOR.equals(cookie.getValue());
      }
    }
    return false;
  }

  private static void remember(boolean senior) {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    context.addResponseCookie(
        COOKIE,
        senior ? SENIOR : "standard",
        Map.of(
            "path",
            context.getRequestContextPath() + "/",
            "maxAge",
            365 * 24 * 3600,
            "httpOnly",
            true,
            "SameSite",
            "Lax"));
  }
}
