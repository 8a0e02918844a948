package cn.gov.bizenv.portal.web.security;

import cn.gov.bizenv.casetracking.application.audit.AuditLog;
import cn.gov.bizenv.casetracking.domain.model.audit.AuditEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
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

  /** Set on the request when the login form's sign-in was refused by the limit: the wait. */
  public static final String SIGN_IN_WAIT = "cn.gov.bizenv.portal.signInWait";

  @Inject IdentityStoreHandler identityStores;
  @Inject PortalIdentityStore identityStore;
  @Inject SignInGuard guard;
  @Inject AuditLog audit;
  private static final String FORM = "form";
  private static final String BASIC = "basic";

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SecurityHeaders.protect(request, response);
    Principal signedIn = request.getUserPrincipal();
    if (signedIn != null) {
      return resumeSession(signedIn, context);
    }
    var credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential form) {
      return formSignIn(request, form, context);
    }
    boolean api = isApi(request);
    String authorization = request.getHeader("Authorization");
    if (api && authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basicSignIn(request, response, basic(authorization.substring(6)), context);
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

  /** The login form's credentials (through {@code SecurityContext.authenticate}), throttled. */
  private AuthenticationStatus formSignIn(
      HttpServletRequest request, UsernamePasswordCredential form, HttpMessageContext context) {
    SignInOutcome outcome = verify(form, ClientAddress.of(request), FORM);
    if (outcome.delay() != null) {
      request.setAttribute(SIGN_IN_WAIT, outcome.delay());
      return AuthenticationStatus.SEND_FAILURE;
    }
    AuthenticationStatus status = context.notifyContainerAboutLogin(outcome.result());
    if (status == AuthenticationStatus.SUCCESS) {
      context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
    }
    return status;
  }

  /**
   * HTTP Basic, checked on each request. Credentials verified within the last minute are answered
   * from memory without touching the limits; others are throttled like the form.
   */
  private AuthenticationStatus basicSignIn(
      HttpServletRequest request,
      HttpServletResponse response,
      UsernamePasswordCredential basic,
      HttpMessageContext context) {
    if (identityStore.remembers(basic)) {
      return context.notifyContainerAboutLogin(identityStores.validate(basic));
    }
    SignInOutcome outcome = verify(basic, ClientAddress.of(request), BASIC);
    if (outcome.delay() != null) {
      return tooManySignIns(request, response, outcome.delay());
    }
    if (outcome.result().getStatus() == CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(outcome.result());
    }
    return challenge(response, context);
  }

  /** Either the wait a refused sign-in must sit out, or the identity store's verdict. */
  private record SignInOutcome(Duration delay, CredentialValidationResult result) {}

  /**
   * Checks credentials against the limits, then the accounts; counts a failure, forgets the name's
   * failures on success, and records the outcome in the audit log ({@code path}: form or basic).
   */
  private SignInOutcome verify(UsernamePasswordCredential credential, String address, String path) {
    String name = credential.getCaller();
    Optional<Duration> wait = guard.waitBefore(name, address);
    if (wait.isPresent()) {
      audit.recordFor(name, address, AuditEventType.SIGN_IN_REFUSED, path);
      return new SignInOutcome(wait.get(), null);
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      guard.succeeded(name);
      audit.recordFor(result.getCallerPrincipal().getName(), address, AuditEventType.SIGN_IN, path);
    } else {
      audit.recordFor(name, address, AuditEventType.SIGN_IN_FAILED, path);
      guard.failed(name, address);
    }
    return new SignInOutcome(null, result);
  }

  /** 429 with the API's error body and the seconds to wait in {@code Retry-After}. */
  private static AuthenticationStatus tooManySignIns(
      HttpServletRequest request, HttpServletResponse response, Duration wait) {
    response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
    try {
      JsonErrorResponse.write(
          request, response, 429, "error.signIn.tooMany", List.of(SignInGuard.minutes(wait)));
    } catch (IOException clientGone) {
      // nothing to tell a client that has disconnected
    }
    return AuthenticationStatus.SEND_FAILURE;
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
