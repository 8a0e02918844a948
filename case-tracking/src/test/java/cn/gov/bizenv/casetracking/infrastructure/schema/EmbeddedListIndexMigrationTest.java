package cn.gov.bizenv.casetracking.infrastructure.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * On H2, migration 15.2 lets a page of all cases, newest first, be read from an index in its order
 * instead of sorting every case: the plans of the list's statements (the shape EclipseLink writes
 * for JpaCaseFileRepository#find and #findAfter, every fetched relation an outer join) say "index
 * sorted".
 */
class EmbeddedListIndexMigrationTest {
  static final String PAGE =
      "SELECT t1.id, t1.title FROM case_file t1"
          + " LEFT OUTER JOIN unit t0 ON (t0.id = t1.lead_unit_id)"
          + " LEFT OUTER JOIN category t3 ON (t3.id = t1.category_id)"
          + " LEFT OUTER JOIN intake_batch t6 ON (t6.id = t1.batch_id)"
          + " LEFT OUTER JOIN unit t2 ON (t2.id = t1.concerned_unit_id)";
  static final String NEWEST_FIRST =
      " ORDER BY t1.received_at DESC, t1.id DESC LIMIT 20 OFFSET 2000";

  @Test
  void pagesNewestFirstAreReadInIndexOrder() throws Exception {
    JdbcDataSource dataSource = EmbeddedSchema.migrated("lists");
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute(
          "INSERT INTO unit (id, name, kind, active, created_at, version) VALUES (1, '华龙区',"
              + " 'COUNTY_OR_DISTRICT', TRUE, TIMESTAMP '2026-01-05 09:00:00', 0)");
      sql.execute(
          "INSERT INTO case_file (id, tracking_number, channel, title, content, concerned_unit_id,"
              + " status, received_at, recorded_by, version)"
              + " SELECT n, '2026LY' || n, 'NETIZEN_MESSAGE', '小区噪音', '物业不管。', 1,"
              + " CASE WHEN MOD(n, 10) = 0 THEN 'NEW' ELSE 'CLOSED' END,"
              + " TIMESTAMP '2026-01-05 09:00:00' + n * INTERVAL '1' MINUTE, 'triage', 0"
              + " FROM (SELECT \"X\" AS n FROM SYSTEM_RANGE(1, 5000))");
      sql.execute("ANALYZE");
      assertIndexSorted(sql, PAGE + NEWEST_FIRST, "case_received_desc_idx");
      // A keyset page: the cursor bounds the same index.
      assertIndexSorted(
          sql,
          PAGE
              + " WHERE t1.received_at <= TIMESTAMP '2026-01-06 09:00:00'"
              + " AND (t1.received_at < TIMESTAMP '2026-01-06 09:00:00' OR t1.id < 1440)"
              + " ORDER BY t1.received_at DESC, t1.id DESC LIMIT 21",
          "case_received_desc_idx");
    }
  }

  private static void assertIndexSorted(Statement sql, String query, String index)
      throws Exception {
    String plan;
    try (ResultSet explained = sql.executeQuery("EXPLAIN " + query)) {
      explained.next();
      plan = explained.getString(1);
    }
    assertTrue(plan.contains(index) && plan.contains("index sorted"), plan);
  }
}
