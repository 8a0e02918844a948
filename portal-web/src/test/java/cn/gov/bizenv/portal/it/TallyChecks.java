package cn.gov.bizenv.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads the test database directly, to compare the kept report tallies with their recount. */
public final class TallyChecks {
  private TallyChecks() {}

  /** The PostgreSQL database the deployed portal uses; fails on H2, which keeps no tallies. */
  public static Connection database(String test) throws SQLException {
    assertEquals(
        "postgresql",
        PortalDeployment.database(),
        "the tallies are PostgreSQL's: " + test + " runs on PostgreSQL only");
    return DriverManager.getConnection(
        System.getenv("PORTAL_DB_URL"),
        System.getenv("PORTAL_DB_USER"),
        System.getenv("PORTAL_DB_PASSWORD"));
  }

  /** A query counting the rows of either query that the other lacks. */
  public static String differences(String one, String other) {
    return "SELECT count(*) FROM (("
        + one
        + " EXCEPT "
        + other
        + ") UNION ALL ("
        + other
        + " EXCEPT "
        + one
        + ")) d";
  }

  /** The first column of the query's first row. */
  public static long single(Statement sql, String query) throws SQLException {
    try (ResultSet result = sql.executeQuery(query)) {
      assertTrue(result.next(), query);
      return result.getLong(1);
    }
  }
}
