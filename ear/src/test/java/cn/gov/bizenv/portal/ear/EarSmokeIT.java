package cn.gov.bizenv.portal.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deploys the built EAR on Payara Server (the full distribution the build unpacked from Maven
 * Central) in a domain of its own on ports 28000+, and checks that a page and a REST endpoint
 * answer. Arquillian's Payara Server container does not support the jakarta namespace, so the
 * server is driven with asadmin.
 */
class EarSmokeIT {
  static final int PORT_BASE = 28000;
  static final int HTTP_PORT = PORT_BASE + 80;
  static final int ADMIN_PORT = PORT_BASE + 48;
  static final String DOMAIN = "portal-smoke";
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static Path payara;
  static Path asadmin;
  static Path domains;

  @BeforeAll
  static void deploy() throws Exception {
    payara = Path.of(required("payara.home"));
    asadmin = payara.resolve("bin/asadmin");
    File ear = new File(required("portal.ear"));
    if (!Files.isExecutable(asadmin) || !ear.isFile()) {
      throw new IllegalStateException(
          "Payara Server or the EAR is missing: run through 'mvn verify' (bin/test)");
    }
    domains = Path.of(required("smoke.dataDir"), "domains");
    Files.createDirectories(domains);
    asadmin(60, "delete-domain", "--domaindir", domains.toString(), DOMAIN);
    asadminOrFail(
        180,
        "create-domain",
        "--nopassword",
        "--portbase",
        Integer.toString(PORT_BASE),
        "--domaindir",
        domains.toString(),
        DOMAIN);
    asadminOrFail(180, "start-domain", "--domaindir", domains.toString(), DOMAIN);
    asadminOrFail(
        300,
        "--port",
        Integer.toString(ADMIN_PORT),
        "deploy",
        "--name",
        "portal",
        ear.getAbsolutePath());
    waitFor("/portal/login.xhtml", Duration.ofSeconds(180));
  }

  @AfterAll
  static void stop() throws Exception {
    if (asadmin != null) {
      asadmin(120, "stop-domain", "--domaindir", domains.toString(), "--kill", DOMAIN);
    }
  }

  @Test
  void theLoginPageAnswersInChinese() throws Exception {
    HttpResponse<String> page = get("/portal/login.xhtml", null);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("营商环境督查平台"), "the page title is Chinese by default");
  }

  @Test
  void theRestApiAnswersWithDataAndRefusesAnonymousCallers() throws Exception {
    HttpResponse<String> anonymous = get("/portal/api/cases", null);
    assertEquals(401, anonymous.statusCode());
    HttpResponse<String> cases = get("/portal/api/cases", "triage:Demo@2026");
    assertEquals(200, cases.statusCode(), cases.body());
    var total = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(cases.body());
    assertTrue(
        total.find() && Integer.parseInt(total.group(1)) >= 4,
        "the demo cases are served from the EAR: " + cases.body());
    assertTrue(
        cases.body().contains("企业开办营业执照办理时间过长"),
        "Chinese text survives the EAR's JSON: " + cases.body());
  }

  @Test
  void chiefServiceRunsInItsOwnModuleWithItsDemoFirms() throws Exception {
    // Its schema, its persistence unit and its demo data (seeded on case tracking's event) all
    // live in another EJB module than case tracking's.
    HttpResponse<String> firms = get("/portal/api/firms?limit=1", "admin:Demo@2026");
    assertEquals(200, firms.statusCode(), firms.body());
    assertTrue(
        firms.body().contains("\"total\":20"),
        "the demo firms are served from the EAR: " + firms.body());
    HttpResponse<String> mine = get("/portal/api/firms?limit=1", "officer2:Demo@2026");
    assertTrue(
        mine.body().contains("\"total\":3"), "an officer sees their own firms: " + mine.body());
  }

  @Test
  void healthIsReady() throws Exception {
    HttpResponse<String> ready = get("/health/ready", null);
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("database"), ready.body());
  }

  static HttpResponse<String> get(String path, String credentials)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
            .timeout(Duration.ofSeconds(30));
    if (credentials != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  // start-domain returns before applications load: wait for the application itself.
  static void waitFor(String path, Duration limit) throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> response = get(path, null);
        if (response.statusCode() == 200) {
          return;
        }
        last = "HTTP " + response.statusCode();
      } catch (IOException notYet) {
        last = notYet.toString();
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException(
        "the EAR did not answer at " + path + " within " + limit + ": " + last);
  }

  static void asadminOrFail(int seconds, String... arguments) throws Exception {
    Result result = asadmin(seconds, arguments);
    if (result.exit != 0) {
      throw new IllegalStateException(
          "asadmin " + String.join(" ", arguments) + " failed: " + result.output);
    }
  }

  static Result asadmin(int seconds, String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(asadmin.toString());
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    // The server inherits these from asadmin: demo data on an embedded H2 file in target/.
    env.put("PORTAL_DEMO", "true");
    env.put("PORTAL_DATA_DIR", Path.of(required("smoke.dataDir"), "h2").toString());
    env.remove("PORTAL_DB_URL");
    env.put("AS_JAVA", System.getProperty("java.home"));
    // A file, not a pipe: the server that start-domain leaves running would hold a pipe open.
    Path log = Files.createTempFile("asadmin", ".log");
    builder.redirectOutput(log.toFile());
    Process process = builder.start();
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "asadmin " + String.join(" ", arguments) + " took longer than " + seconds + " s");
    }
    String output = Files.readString(log);
    Files.delete(log);
    return new Result(process.exitValue(), output);
  }

  record Result(int exit, String output) {}

  static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(
          "system property " + property + " is not set: run through 'mvn verify' (bin/test)");
    }
    return value;
  }
}
