package cn.gov.bizenv.casetracking.infrastructure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The migrations apply cleanly on the embedded database in the mode the portal uses, and the
 * sequences step by the allocation size JPA expects. (PostgreSQL is covered by the integration
 * tests.)
 */
class MigrationsOnH2Test {
  @Test
  void migrationsApplyAndSequencesStepByFifty() throws Exception {
    JdbcDataSource dataSource = EmbeddedSchema.memoryDatabase("migrations");
    var result = EmbeddedSchema.migrations(dataSource, "latest").migrate();
    assertTrue(result.migrationsExecuted >= 2, "V1 and V2 at least");
    try (Connection connection = dataSource.getConnection();
        ResultSet first =
            connection.createStatement().executeQuery("SELECT NEXT VALUE FOR case_file_seq");
        ResultSet second =
            connection.createStatement().executeQuery("SELECT NEXT VALUE FOR case_file_seq")) {
      first.next();
      second.next();
      assertEquals(50, second.getLong(1) - first.getLong(1));
    }
  }
}
