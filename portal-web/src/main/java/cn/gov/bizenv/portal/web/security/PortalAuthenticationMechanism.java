package cn.gov.bizenv.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * One mechanism for both faces of the portal. People sign in on the login page and stay signed in
 * for the session; API clients send HTTP Basic credentials. An unauthenticated request for a
 * protected page is sent to the login page, but one for the API gets a plain 401, never a redirect.
 *
 * <p>Only a sign-in through the login page registers an HTTP session. Basic credentials are checked
 * per request and open no session, so API clients that do not keep cookies cannot fill the server's
 * memory with sessions. (This is {@code @AutoApplySession} applied to the form only.)
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {
  private static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";
  static final String API_PREFIX = "/api/";
  static final String LOGIN_PAGE = "/login.xhtml";
  private static final String UNAUTHORIZED_BODY =
      "{\"status\":401,\"code\":\"error.http.401\",\"message\":\"请先登录 (please sign"
          + " in)\",\"fields\":[]}";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SecurityHeaders.protect(request, response);
    Principal signedIn = request.getUserPrincipal();
    if (signedIn != null) {
      return resumeSession(signedIn, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      AuthenticationStatus status =
          context.notifyContainerAboutLogin(identityStores.validate(credential));
      if (status == AuthenticationStatus.SUCCESS) {
        context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
      }
      return status;
    }
    boolean api = isApi(request);
    String authorization = request.getHeader("Authorization");
    if (api && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      CredentialValidationResult result =
          identityStores.validate(basic(authorization.substring(6)));
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      return challenge(response, context);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (api) {
      return challenge(response, context);
    }
    return context.redirect(
        request.getContextPath() + LOGIN_PAGE + "?next=" + encode(returnPath(request)));
  }

  private static AuthenticationStatus resumeSession(
      Principal signedIn, HttpMessageContext context) {
    try {
      context
          .getHandler()
          .handle(
              new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), signedIn)});
    } catch (IOException | UnsupportedCallbackException e) {
      throw new IllegalStateException("the container refused the session's caller", e);
    }
    return AuthenticationStatus.SUCCESS;
  }

  /** A 401 with the API's usual JSON error body, so that clients parse one error shape. */
  private static AuthenticationStatus challenge(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"portal-api\", charset=\"UTF-8\"");
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/json;charset=UTF-8");
    try {
      response.getWriter().write(UNAUTHORIZED_BODY);
    } catch (IOException clientGone) {
      // nothing to tell a client that has disconnected
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static UsernamePasswordCredential basic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      decoded = "";
    }
    int colon = decoded.indexOf(':');
    return colon < 0
        ? new UsernamePasswordCredential("", "")
        : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith(API_PREFIX) || path.equals("/api");
  }

  private static String returnPath(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
