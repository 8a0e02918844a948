package cn.gov.bizenv.casetracking.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Whether the database is PostgreSQL, which has the index of case search terms (migration 12.1) and
 * the report tallies (migration 16); the embedded H2 demo database has neither, searches with LIKE
 * alone and counts report figures from the cases.
 */
@ApplicationScoped
public class DatabaseFeatures {
  /** The portal's one data source, which every module's persistence unit uses. */
  public static final String DATA_SOURCE = "java:app/jdbc/portal";

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  private volatile Boolean postgres;

  public boolean postgres() {
    Boolean known = postgres;
    if (known == null) {
      try (Connection connection = dataSource.getConnection()) {
        known =
            connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot tell which database the portal uses", e);
      }
      postgres = known;
    }
    return known;
  }
}
