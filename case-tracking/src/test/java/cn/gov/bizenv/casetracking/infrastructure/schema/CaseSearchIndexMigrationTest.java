package cn.gov.bizenv.casetracking.infrastructure.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.bizenv.casetracking.domain.model.casefile.SearchTerms;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Migration 12.1 gives the cases recorded before V12 the same terms the application would. */
class CaseSearchIndexMigrationTest {
  @Test
  void casesRecordedBeforeTheMigrationGetTheirTerms() throws Exception {
    JdbcDataSource dataSource = EmbeddedSchema.memoryDatabase("search");
    EmbeddedSchema.migrations(dataSource, "12").migrate();
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute(
          "INSERT INTO unit (id, name, kind, active, created_at, version) VALUES (1, '华龙区',"
              + " 'COUNTY_OR_DISTRICT', TRUE, TIMESTAMP '2026-01-05 09:00:00', 0)");
      // More cases than one batch, so that the batches follow one another.
      for (int i = 1; i <= 1_205; i++) {
        sql.execute(
            "INSERT INTO case_file (id, tracking_number, channel, title, content,"
                + " concerned_unit_id, status, received_at, recorded_by, version) VALUES ("
                + i
                + ", '2026LY"
                + String.format("%08d", i)
                + "', 'NETIZEN_MESSAGE', '小区噪音"
                + i
                + "', 'A3区路灯不亮，物业不管。', 1, 'NEW', TIMESTAMP '2026-01-05 09:00:00', 'triage', 0)");
      }
    }
    EmbeddedSchema.migrations(dataSource, "latest").migrate();
    Map<Long, String> terms = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery("SELECT id, search_terms FROM case_file ORDER BY id")) {
      while (rows.next()) {
        terms.put(rows.getLong(1), rows.getString(2));
      }
    }
    assertEquals(1_205, terms.size());
    assertEquals(SearchTerms.of("小区噪音1", "A3区路灯不亮，物业不管。", "2026LY00000001"), terms.get(1L));
    assertEquals(SearchTerms.of("小区噪音1205", "A3区路灯不亮，物业不管。", "2026LY00001205"), terms.get(1_205L));
  }
}
