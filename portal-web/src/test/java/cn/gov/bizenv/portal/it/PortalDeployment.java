package cn.gov.bizenv.portal.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every integration test deploys: the portal.war the build just produced, unchanged,
 * so that the tests exercise exactly what ships.
 */
public final class PortalDeployment {
  private PortalDeployment() {}

  public static WebArchive builtWar() {
    String path = System.getProperty("portal.war");
    if (path == null || !new File(path).isFile()) {
      throw new IllegalStateException(
          "portal.war not found at '" + path + "': run the integration tests through 'mvn verify' (bin/test)");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path));
  }

  /**
   * The deployed application's address on the loopback interface. Arquillian reports the host's
   * network address; the tests send traffic to this machine's loopback only.
   */
  public static java.net.URL onLoopback(java.net.URL deployed) {
    try {
      return new java.net.URL("http", "localhost", deployed.getPort(), deployed.getPath());
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Which database the failsafe execution configured, for messages and database-specific checks. */
  public static String database() {
    String database = System.getenv("PORTAL_IT_DATABASE");
    if (database == null) {
      throw new IllegalStateException("PORTAL_IT_DATABASE is not set: run the integration tests through bin/test");
    }
    if (database.equals("postgresql") && (System.getenv("PORTAL_DB_URL") == null || System.getenv("PORTAL_DB_URL").isBlank())) {
      throw new IllegalStateException(
          "the PostgreSQL integration tests need PORTAL_IT_PG_URL (set by bin/test, which starts PostgreSQL)");
    }
    return database;
  }
}
