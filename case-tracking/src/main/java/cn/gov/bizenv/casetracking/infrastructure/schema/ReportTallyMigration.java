package cn.gov.bizenv.casetracking.infrastructure.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 16 of case tracking, PostgreSQL only: the per-day tallies of the city-wide report
 * figures, kept by triggers and folded by the portal ({@code db/postgresql/case_tally.sql} explains
 * them). The script is PostgreSQL's own (triggers and functions in PL/pgSQL), so it is not among the
 * shared SQL migrations; H2, the embedded demo database, counts report figures from the cases.
 * The first fill counts every case once (about a minute per million cases).
 */
public class ReportTallyMigration extends PortalJavaMigration {
  static final String SCRIPT = "/db/postgresql/case_tally.sql";

  public ReportTallyMigration() {
    super("16", "report tally", 160);
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (isPostgres(connection)) {
      // One string: the PostgreSQL driver splits it into statements, keeping $$ bodies whole.
      execute(connection, script());
    }
  }

  static String script() {
    try (InputStream in = ReportTallyMigration.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException(SCRIPT + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
