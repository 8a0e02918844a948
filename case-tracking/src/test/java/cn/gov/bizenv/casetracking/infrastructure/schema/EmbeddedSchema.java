package cn.gov.bizenv.casetracking.infrastructure.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * For the schema tests: a fresh in-memory H2 in the portal's mode, and case tracking's migrations.
 */
public final class EmbeddedSchema {
  private EmbeddedSchema() {}

  /** An empty database of its own for each call. */
  public static JdbcDataSource memoryDatabase(String name) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:"
            + name
            + System.nanoTime()
            + DatabaseSettings.H2_OPTIONS
            + ";DB_CLOSE_DELAY=-1");
    return h2;
  }

  /**
   * The migrations as the portal runs them (SQL and Java), up to {@code target} ("latest": all).
   */
  public static Flyway migrations(DataSource dataSource, String target) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/casetracking")
        .table("flyway_history_casetracking")
        .javaMigrations(new CaseTrackingSchema().javaMigrations())
        .target(target)
        .load();
  }

  /** A fresh database with every migration applied. */
  public static JdbcDataSource migrated(String name) {
    JdbcDataSource h2 = memoryDatabase(name);
    migrations(h2, "latest").migrate();
    return h2;
  }
}
