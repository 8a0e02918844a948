package cn.gov.bizenv.chiefservice.infrastructure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Chief service's migrations apply after case tracking's on the embedded database in the portal's
 * mode (configured as SchemaMigration configures Flyway), and ship the industry sections.
 * (PostgreSQL is covered by the integration tests.)
 */
class ChiefServiceMigrationsOnH2Test {
  @Test
  void migrationsApplyAfterCaseTrackingsAndSeedTheIndustries() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:mem:chief"
            + System.nanoTime()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    for (String module : new String[] {"casetracking", "chiefservice"}) {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration/" + module)
          .table("flyway_history_" + module)
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
    }
    try (Connection connection = dataSource.getConnection();
        ResultSet industries =
            connection.createStatement().executeQuery("SELECT COUNT(*) FROM industry");
        ResultSet firmColumn =
            connection
                .createStatement()
                .executeQuery("SELECT COUNT(*) FROM case_file WHERE firm_id IS NOT NULL")) {
      industries.next();
      assertEquals(20, industries.getInt(1));
      firmColumn.next();
      assertEquals(0, firmColumn.getInt(1));
    }
  }
}
