package cn.gov.bizenv.casetracking.infrastructure.schema;

import cn.gov.bizenv.casetracking.domain.model.casefile.SearchTerms;
import cn.gov.bizenv.casetracking.platform.schema.PortalJavaMigration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 12.1 of case tracking, in Java because SQL cannot derive the terms the way the
 * application does: fills {@code search_terms} of the cases recorded before V12, a batch at a time
 * in id order, and on PostgreSQL builds the GIN index of the terms and the matching function that
 * the case search calls. The backfill reads every case once (about 2 minutes per million cases of
 * ~400 characters); the index is built after it, in one pass, which is cheaper than maintaining it
 * row by row. H2 (the embedded demo database) gets no index: it searches with LIKE.
 */
public class CaseSearchIndexMigration extends PortalJavaMigration {
  private static final int BATCH = 1000;

  /**
   * Inlined by the planner into the indexed expression, so that a Criteria query can use the index
   * through an ordinary function call (JPA has no {@code @@} operator).
   */
  static final String MATCH_FUNCTION =
      "CREATE OR REPLACE FUNCTION case_terms_match(terms VARCHAR, query VARCHAR) RETURNS BOOLEAN"
          + " LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT"
          + " array_to_tsvector(string_to_array(terms, ' ')) @@ CAST(query AS tsquery) $$";

  static final String INDEX =
      "CREATE INDEX case_search_terms_idx ON case_file"
          + " USING gin (array_to_tsvector(string_to_array(search_terms, ' ')))";

  public CaseSearchIndexMigration() {
    super("12.1", "case search index", 121);
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    backfill(connection);
    if (isPostgres(connection)) {
      execute(connection, MATCH_FUNCTION, INDEX);
    }
  }

  private static void backfill(Connection connection) throws SQLException {
    long after = Long.MIN_VALUE;
    try (PreparedStatement read =
            connection.prepareStatement(
                "SELECT id, title, content, tracking_number FROM case_file"
                    + " WHERE id > ? AND search_terms IS NULL ORDER BY id LIMIT "
                    + BATCH);
        PreparedStatement write =
            connection.prepareStatement("UPDATE case_file SET search_terms = ? WHERE id = ?")) {
      while (true) {
        read.setLong(1, after);
        int rows = 0;
        try (ResultSet found = read.executeQuery()) {
          while (found.next()) {
            after = found.getLong(1);
            write.setString(
                1, SearchTerms.of(found.getString(2), found.getString(3), found.getString(4)));
            write.setLong(2, after);
            write.addBatch();
            rows++;
          }
        }
        if (rows == 0) {
          return;
        }
        write.executeBatch();
      }
    }
  }
}
