package cn.gov.bizenv.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for black-box API tests: Basic credentials, JSON in and out. */
public final class ApiClient {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final URI base;
  private final String authorization;
  private String language = "zh-CN";
  private String forwardedFor;

  private ApiClient(URL base, String authorization) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    this.authorization = authorization;
  }

  public static ApiClient as(URL base, String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new ApiClient(base, "Basic " + token);
  }

  /**
   * A citizen's client. Each comes from an address of its own (the integration tests' portal trusts
   * the loopback as a proxy and reads {@code X-Forwarded-For}), so that the per-address limits,
   * which the database keeps for every test class alike, count each test's citizen apart.
   */
  public static ApiClient anonymous(URL base) {
    return new ApiClient(base, null).from(randomAddress());
  }

  /** Requests from now on come from this address, as a proxy in front of the portal says. */
  public ApiClient from(String address) {
    forwardedFor = address;
    return this;
  }

  /** An address of the private 10/8 block, different for each call in all likelihood. */
  public static String randomAddress() {
    java.util.concurrent.ThreadLocalRandom random =
        java.util.concurrent.ThreadLocalRandom.current();
    return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }

  public ApiClient inEnglish() {
    language = "en";
    return this;
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A request body that is not JSON, such as an uploaded workbook. */
  public Reply post(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A file download: its status, bytes and headers as sent. */
  public HttpResponse<byte[]> download(String path) {
    try {
      return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Reply put(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  /** The id of the active unit with this name (one of the demo data's), as this caller reads it. */
  public long unitId(String name) {
    return get("api/units/active").structure().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(unit -> unit.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("demo unit missing: " + name))
        .getJsonNumber("id")
        .longValue();
  }

  /** The id of the case with this tracking number, as this caller finds it in the case list. */
  public long caseId(String trackingNumber) {
    JsonObject page = get("api/cases?q=" + trackingNumber + "&limit=5").json();
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("trackingNumber").equals(trackingNumber))
        .findFirst()
        .orElseThrow(() -> new AssertionError("case " + trackingNumber + " not listed: " + page))
        .getJsonNumber("id")
        .longValue();
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept-Language", language);
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    if (forwardedFor != null) {
      builder.header("X-Forwarded-For", forwardedFor);
    }
    return builder;
  }

  private static Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Location").orElse(null),
          String.join("; ", response.headers().allValues("Set-Cookie")));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response: status, body and the headers the tests look at. */
  public record Reply(
      int status, String body, String contentType, String location, String setCookie) {
    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonStructure structure() {
      try (var reader = Json.createReader(new StringReader(body))) {
        return reader.read();
      } catch (RuntimeException notJson) {
        throw new AssertionError("expected JSON but got status " + status + ": " + body, notJson);
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
