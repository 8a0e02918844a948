package cn.gov.bizenv.portal.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The JSON API under {@code /api}. Resources declare their roles with {@code @RolesAllowed}, which
 * Jersey enforces once its roles feature is registered here.
 */
@ApplicationPath("api")
public class PortalApi extends Application {
  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
        // Errors are answered by our mappers as JSON; never let the container add an HTML page.
        "jersey.config.server.response.setStatusOverSendError",
        true);
  }
}
