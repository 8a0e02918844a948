package cn.gov.bizenv.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.FormSession;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A page of another site cannot make a signed-in person's browser change anything through the API
 * (issue 18, item 1). Every unsafe endpoint is found from the JAX-RS resources themselves, so an
 * endpoint added later is tried without being listed here.
 */
class CrossSiteRequestIT extends PortalIT {
  private static final String EVIL = "http://evil.example";
  private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
  FormSession admin;

  @BeforeEach
  void signIn() {
    admin = FormSession.signIn(onLoopback(), "admin");
  }

  @Test
  void everyUnsafeEndpointRefusesACrossOriginRequestWithTheSessionCookie() throws IOException {
    List<Endpoint> endpoints = unsafeEndpoints();
    assertTrue(endpoints.size() > 40, "the resources were found: " + endpoints);
    List<String> open = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      for (String contentType : List.of("text/plain", "application/x-www-form-urlencoded")) {
        HttpResponse<String> answer =
            admin.send(
                admin
                    .request(endpoint.path())
                    .header("Origin", EVIL)
                    .header("Content-Type", contentType)
                    .method(endpoint.method(), HttpRequest.BodyPublishers.ofString("a=1")));
        if (!refusedAsCrossOrigin(answer)) {
          open.add(
              endpoint + " as " + contentType + " → " + answer.statusCode() + " " + answer.body());
        }
      }
    }
    assertEquals(List.of(), open);
  }

  @Test
  void aRefererFromAnotherSiteOrNoOriginAtAllIsRefusedToo() {
    HttpResponse<String> foreignReferer =
        admin.send(
            admin
                .request("api/notifications/read-all")
                .header("Referer", EVIL + "/page.html")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertTrue(refusedAsCrossOrigin(foreignReferer), foreignReferer.body());
    HttpResponse<String> noOrigin =
        admin.send(
            admin.request("api/notifications/read-all").POST(HttpRequest.BodyPublishers.noBody()));
    assertTrue(refusedAsCrossOrigin(noOrigin), noOrigin.body());
    HttpResponse<String> nullOrigin =
        admin.send(
            admin
                .request("api/notifications/read-all")
                .header("Origin", "null")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertTrue(refusedAsCrossOrigin(nullOrigin), nullOrigin.body());
  }

  @Test
  void thePortalsOwnPagesAndBasicCallersAreServed() {
    HttpResponse<String> sameOrigin =
        admin.send(
            admin
                .request("api/notifications/read-all")
                .header("Origin", admin.origin())
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(2, sameOrigin.statusCode() / 100, sameOrigin.body());
    HttpResponse<String> sameReferer =
        admin.send(
            admin
                .request("api/notifications/read-all")
                .header("Referer", admin.origin() + "/portal/index.xhtml")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertEquals(2, sameReferer.statusCode() / 100, sameReferer.body());
    // HTTP Basic: no cookie a browser would add by itself, so no proof of origin is asked for
    ApiClient.Reply basic = apiAs("admin").post("api/notifications/read-all", "");
    assertNotEquals(403, basic.status(), basic.toString());
  }

  @Test
  void theRefusalIsTheApisJsonErrorInTheCallersLanguage() {
    HttpResponse<String> english =
        admin.send(
            admin
                .request("api/reminders/sweep?asOf=2027-06-30T12:00:00")
                .header("Origin", EVIL)
                .header("Accept-Language", "en")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("")));
    assertEquals(403, english.statusCode());
    JsonObject error = Json.createReader(new StringReader(english.body())).readObject();
    assertEquals("error.crossOrigin", error.getString("code"));
    assertEquals(403, error.getInt("status"));
    assertTrue(error.getString("message").contains("portal"), error.toString());
    assertTrue(error.getJsonArray("fields").isEmpty());
  }

  private static boolean refusedAsCrossOrigin(HttpResponse<String> answer) {
    return answer.statusCode() == 403 && answer.body().contains("\"error.crossOrigin\"");
  }

  record Endpoint(String method, String path) {}

  /** Every unsafe method of every resource class, its path parameters filled in with 1. */
  static List<Endpoint> unsafeEndpoints() throws IOException {
    java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
    java.nio.file.Path rest = classes.resolve("cn/gov/bizenv/portal/rest");
    List<Endpoint> endpoints = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(rest)) {
      for (java.nio.file.Path file :
          files
              .filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
              .toList()) {
        Class<?> type = load(classes.relativize(file).toString());
        if (!type.isAnnotationPresent(Path.class)) {
          continue;
        }
        for (Method method : type.getMethods()) {
          String http = httpMethod(method);
          if (http != null && UNSAFE.contains(http)) {
            endpoints.add(new Endpoint(http, path(type, method)));
          }
        }
      }
    }
    return endpoints;
  }

  private static String httpMethod(Method method) {
    for (var annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static String path(Class<?> type, Method method) {
    String path = "api/" + trim(type.getAnnotation(Path.class).value());
    if (method.isAnnotationPresent(Path.class)) {
      path += "/" + trim(method.getAnnotation(Path.class).value());
    }
    return path.replaceAll("\\{[^}]*}", "1").replaceAll("/+$", "");
  }

  private static String trim(String segment) {
    return segment.replaceAll("^/+|/+$", "");
  }

  private static Class<?> load(String file) {
    try {
      return Class.forName(file.replace('/', '.').replaceAll("\\.class$", ""));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
