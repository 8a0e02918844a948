package cn.gov.bizenv.casetracking.infrastructure.schema;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Defaults for the data source, derived so that one variable is enough: without {@code
 * PORTAL_DB_URL} the portal uses an embedded H2 file under {@code PORTAL_DATA_DIR} (default {@code
 * ./data}); with a PostgreSQL URL it picks PostgreSQL's data source class. Its ordinal is below
 * environment variables and system properties, which always win. Attachments' files go to {@code
 * PORTAL_ATTACHMENTS_DIR}, by default the folder {@code attachments} of the data directory; the
 * case search index to {@code PORTAL_SEARCH_DIR}, by default its folder {@code search-index}.
 */
public class DatabaseSettings implements ConfigSource {
  static final String H2_OPTIONS =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  @Override
  public Map<String, String> getProperties() {
    String url = explicit("PORTAL_DB_URL", "portal.db.url");
    boolean postgres = url != null && url.startsWith("jdbc:postgresql:");
    Map<String, String> defaults = new HashMap<>();
    defaults.put("portal.db.url", url != null ? url : embeddedUrl());
    defaults.put(
        "portal.db.datasource",
        postgres ? "org.postgresql.ds.PGSimpleDataSource" : "org.h2.jdbcx.JdbcDataSource");
    defaults.put("portal.db.user", postgres ? "portal" : "portal");
    defaults.put("portal.db.password", postgres ? "" : "portal");
    defaults.put("portal.attachments.dir", dataDirectory().resolve("attachments").toString());
    defaults.put("portal.search.dir", dataDirectory().resolve("search-index").toString());
    return defaults;
  }

  static String embeddedUrl() {
    return "jdbc:h2:file:" + dataDirectory().resolve("portal") + H2_OPTIONS;
  }

  static Path dataDirectory() {
    String dir = explicit("PORTAL_DATA_DIR", "portal.data.dir");
    return Path.of(dir == null ? "data" : dir).toAbsolutePath().normalize();
  }

  private static String explicit(String variable, String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(variable);
    }
    return value == null || value.isBlank() ? null : value;
  }

  @Override
  public Set<String> getPropertyNames() {
    return getProperties().keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return getProperties().get(propertyName);
  }

  @Override
  public String getName() {
    return "portal-database-defaults";
  }

  @Override
  public int getOrdinal() {
    return 50;
  }
}
