package cn.gov.bizenv.portal.web.security;

/**
 * Where to go after signing in. Only a path inside the portal is accepted, so that a crafted login
 * link cannot send a person to another site.
 */
final class SafeReturnPath {
  static final String HOME = "/index.xhtml";

  private SafeReturnPath() {}

  static String of(String requested) {
    if (requested == null
        || requested.isBlank()
        || !requested.startsWith("/")
        || requested.startsWith("//")
        || requested.contains("\\")
        || requested.contains("://")
        || requested.startsWith(PortalAuthenticationMechanism.API_PREFIX)
        || requested.startsWith(PortalAuthenticationMechanism.LOGIN_PAGE)) {
      return HOME;
    }
    return requested;
  }
}
