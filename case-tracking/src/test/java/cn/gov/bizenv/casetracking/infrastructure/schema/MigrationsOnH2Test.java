package cn.gov.bizenv.casetracking.infrastructure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The migrations apply cleanly on the embedded database in the mode the portal uses, and the
 * sequences step by the allocation size JPA expects. (PostgreSQL is covered by the integration tests.)
 */
class MigrationsOnH2Test {
  @Test
  void migrationsApplyAndSequencesStepByFifty() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:migrations" + System.nanoTime() + DatabaseSettings.H2_OPTIONS + ";DB_CLOSE_DELAY=-1");
    var result =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration/casetracking")
            .table("flyway_history_casetracking")
            .load()
            .migrate();
    assertTrue(result.migrationsExecuted >= 2, "V1 and V2 at least");
    try (Connection connection = dataSource.getConnection();
        ResultSet first = connection.createStatement().executeQuery("SELECT NEXT VALUE FOR case_file_seq");
        ResultSet second = connection.createStatement().executeQuery("SELECT NEXT VALUE FOR case_file_seq")) {
      first.next();
      second.next();
      assertEquals(50, second.getLong(1) - first.getLong(1));
    }
  }
}
