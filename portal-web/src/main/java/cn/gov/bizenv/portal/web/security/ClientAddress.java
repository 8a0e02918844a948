package cn.gov.bizenv.portal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address a request comes from, as the limits on sign-ins and letters count it. Behind a
 * reverse proxy every request comes from the proxy, so the proxies named in {@code
 * PORTAL_TRUSTED_PROXIES} (exact addresses, comma-separated) are looked through: the client is the
 * last {@code X-Forwarded-For} entry that is not one of them. Without that setting the header is
 * ignored, since any client can write it.
 */
public final class ClientAddress {
  private static volatile Set<String> trustedProxies;

  private ClientAddress() {}

  public static String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies());
  }

  static String of(String remote, String forwardedFor, Set<String> proxies) {
    if (!proxies.contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
      return remote;
    }
    List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (!hop.isEmpty() && !proxies.contains(hop)) {
        return hop.length() <= 64 ? hop : hop.substring(0, 64);
      }
    }
    return remote;
  }

  static Set<String> parse(String list) {
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(entry -> !entry.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static Set<String> trustedProxies() {
    Set<String> proxies = trustedProxies;
    if (proxies == null) {
      proxies =
          ConfigProvider.getConfig()
              .getOptionalValue("portal.trusted-proxies", String.class)
              .map(ClientAddress::parse)
              .orElse(Set.of());
      trustedProxies = proxies;
    }
    return proxies;
  }
}
