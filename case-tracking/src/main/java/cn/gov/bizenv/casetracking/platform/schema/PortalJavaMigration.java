package cn.gov.bizenv.casetracking.platform.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration written in Java, registered by its module's schema rather than found by class name.
 * Its version, description and checksum are fixed here once: Flyway compares them with the history
 * of every database already migrated, so they must never change.
 */
public abstract class PortalJavaMigration implements JavaMigration {
  private final MigrationVersion version;
  private final String description;
  private final int checksum;

  protected PortalJavaMigration(String version, String description, int checksum) {
    this.version = MigrationVersion.fromVersion(version);
    this.description = description;
    this.checksum = checksum;
  }

  @Override
  public MigrationVersion getVersion() {
    return version;
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    return checksum;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  /** Runs the statements in order on the migration's connection. */
  protected static void execute(Connection connection, String... statements) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  protected static boolean isPostgres(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
  }
}
