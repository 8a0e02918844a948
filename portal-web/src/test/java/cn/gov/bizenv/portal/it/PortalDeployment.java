package cn.gov.bizenv.portal.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every integration test deploys: the portal.war the build just produced, unchanged, so
 * that the tests exercise exactly what ships.
 */
public final class PortalDeployment {
  private PortalDeployment() {}

  public static WebArchive builtWar() {
    String path = System.getProperty("portal.war");
    if (path == null || !new File(path).isFile()) {
      throw new IllegalStateException(
          "portal.war not found at '"
              + path
              + "': run the integration tests through 'mvn verify' (bin/test)");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(path));
  }

  /** Deployments known to answer, by port: each is waited for once. */
  private static final java.util.Set<Integer> ANSWERING =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * The deployed application's address on the loopback interface, once it answers. Arquillian
   * reports the host's network address; the tests send traffic to this machine's loopback only.
   * Payara Micro reports the deployment ready a moment before every request reaches it: a first
   * call answered 404 now and then, so the sign-in page is asked for until it answers 200.
   */
  public static java.net.URL onLoopback(java.net.URL deployed) {
    java.net.URL base;
    try {
      base = new java.net.URL("http", "localhost", deployed.getPort(), contextPath(deployed));
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
    if (!ANSWERING.contains(base.getPort())) {
      awaitAnswer(base);
      ANSWERING.add(base.getPort());
    }
    return base;
  }

  /**
   * The portal's context root. Now and then Arquillian's Payara Micro container misses the line
   * that names the deployment while the server starts and reports the server's root instead (the
   * portal answered at /portal while the tests asked /login.xhtml): the archive is portal.war, so
   * its root is known.
   */
  private static String contextPath(java.net.URL deployed) {
    String path = deployed.getPath();
    return path == null || path.isEmpty() || path.equals("/") ? "/portal/" : path;
  }

  /**
   * Long enough for a deployment on a busy 2-core machine: a start took 65–115 s while other builds
   * ran, and a portal that never answers still fails the test.
   */
  private static final long ANSWER_WITHIN_SECONDS = 180;

  private static void awaitAnswer(java.net.URL base) {
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    java.net.URI login = java.net.URI.create(root + "login.xhtml");
    java.net.http.HttpClient http =
        java.net.http.HttpClient.newBuilder()
            .connectTimeout(java.time.Duration.ofSeconds(5))
            .build();
    long deadline =
        System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(ANSWER_WITHIN_SECONDS);
    int last = -1;
    while (System.nanoTime() < deadline) {
      try {
        last =
            http.send(
                    java.net.http.HttpRequest.newBuilder(login)
                        .timeout(java.time.Duration.ofSeconds(10))
                        .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (last == 200) {
          return;
        }
      } catch (java.io.IOException e) {
        last = -1;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the portal", e);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the portal", e);
      }
    }
    throw new IllegalStateException(
        login
            + " did not answer 200 within "
            + ANSWER_WITHIN_SECONDS
            + " s (last status "
            + last
            + ")");
  }

  /**
   * Which database the failsafe execution configured, for messages and database-specific checks.
   */
  public static String database() {
    String database = System.getenv("PORTAL_IT_DATABASE");
    if (database == null) {
      throw new IllegalStateException(
          "PORTAL_IT_DATABASE is not set: run the integration tests through bin/test");
    }
    if (database.equals("postgresql")
        && (System.getenv("PORTAL_DB_URL") == null || System.getenv("PORTAL_DB_URL").isBlank())) {
      throw new IllegalStateException(
          "the PostgreSQL integration tests need PORTAL_IT_PG_URL (set by bin/test, which starts"
              + " PostgreSQL)");
    }
    return database;
  }
}
