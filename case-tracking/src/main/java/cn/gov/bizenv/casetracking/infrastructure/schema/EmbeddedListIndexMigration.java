package cn.gov.bizenv.casetracking.infrastructure.schema;

import cn.gov.bizenv.casetracking.platform.schema.PortalJavaMigration;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 15.2 of case tracking, for H2 (the embedded database) only: an index in the case lists'
 * default order, newest first. H2 cannot walk an index backwards, nor does it know that an index on
 * {@code received_at} also orders by {@code id}; without it H2 reads and sorts every case for each
 * page of all cases (3 s for page 100 of 100,000 cases, 30 ms with it). It replaces V1's ascending
 * index, since it serves a range of received times just as well. (H2 sorts a filtered list, e.g. by
 * status, whatever the indexes.) PostgreSQL walks its ascending indexes backwards and needs
 * nothing.
 */
public class EmbeddedListIndexMigration extends PortalJavaMigration {
  static final String[] STATEMENTS = {
    "DROP INDEX case_received_idx",
    "CREATE INDEX case_received_desc_idx ON case_file (received_at DESC, id DESC)"
  };

  public EmbeddedListIndexMigration() {
    super("15.2", "embedded list indexes", 152);
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    if (!isPostgres(connection)) {
      execute(connection, STATEMENTS);
    }
  }
}
