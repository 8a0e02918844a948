package cn.gov.bizenv.casetracking.infrastructure.persistence;

import cn.gov.bizenv.casetracking.infrastructure.schema.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Whether the database has the index of case search terms: PostgreSQL does (migration 12.1), the
 * embedded H2 demo database does not and searches with LIKE alone.
 */
@ApplicationScoped
public class TextSearchIndex {
  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  DataSource dataSource;

  private volatile Boolean available;

  public boolean available() {
    Boolean known = available;
    if (known == null) {
      try (Connection connection = dataSource.getConnection()) {
        known = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot tell which database the portal uses", e);
      }
      available = known;
    }
    return known;
  }
}
