package cn.gov.bizenv.casetracking.platform.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.Context;

/**
 * A migration that runs one script of PostgreSQL's own (triggers and functions in PL/pgSQL), kept
 * apart from the shared SQL migrations because H2, the embedded demo database, cannot run it; on H2
 * it does nothing. Public so that every module's schema can register one.
 */
public abstract class PostgresScriptMigration extends PortalJavaMigration {
  private final String script;

  /**
   * The script is a class path resource of the subclass's module, e.g. {@code
   * /db/postgresql/x.sql}.
   */
  protected PostgresScriptMigration(
      String version, String description, int checksum, String script) {
    super(version, description, checksum);
    this.script = script;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (isPostgres(connection)) {
      // One string: the PostgreSQL driver splits it into statements, keeping $$ bodies whole.
      execute(connection, script());
    }
  }

  String script() {
    try (InputStream in = getClass().getResourceAsStream(script)) {
      if (in == null) {
        throw new IllegalStateException(script + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
