package cn.gov.bizenv.portal.it.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The case search over the REST API, answered from the Lucene index: several words, phrases and
 * exclusions, highlights, a unit's scope, a raw UTF-8 query string, the outbox row of each change,
 * the possible duplicates of a draft and the administrator's rebuild.
 */
class CaseSearchIT extends PortalIT {
  ApiClient triage;
  long market;
  long huaLong;
  String marker;

  @BeforeEach
  void clients() {
    triage = apiAs("triage");
    market = triage.unitId("市市场监督管理局");
    huaLong = triage.unitId("华龙区");
    // A word of Latin letters and digits that only this test's cases contain.
    marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  @Test
  void wordsPhrasesExclusionsAndHighlights() {
    long lamp = record("NETIZEN_MESSAGE", "人民路路灯不亮 " + marker, "华龙区人民路中段三盏路灯连续一周不亮。", huaLong);
    long other = record("MAYOR_MAILBOX", "长江路路灯损坏 " + marker, "开发区长江路路灯杆被撞倒。", market);
    long noise = record("NETIZEN_MESSAGE", "建设路噪音扰民 " + marker, "华龙区建设路夜间施工噪音大。", huaLong);

    assertEquals(List.of(lamp), ids(search("路灯 华龙区 " + marker)));
    assertEquals(List.of(lamp, other), sorted(ids(search("路灯 " + marker))));
    assertEquals(List.of(lamp), ids(search("\"人民路路灯\" " + marker)));
    assertEquals(List.of(other), ids(search("路灯 -华龙区 " + marker)));
    assertEquals(List.of(noise), ids(search(marker + " -路灯")));

    JsonObject page = search("路灯 华龙区 " + marker);
    assertEquals(1, page.getInt("total"));
    JsonObject highlights = page.getJsonArray("items").getJsonObject(0).getJsonObject("highlights");
    assertTrue(highlights.getString("title").contains("<em>路灯</em>"), highlights.toString());
    assertTrue(highlights.getString("content").contains("<em>华龙区</em>"), highlights.toString());

    JsonObject newest =
        triage.get("api/cases?sort=receivedAt&order=desc&q=" + encode("路灯 " + marker)).json();
    assertEquals(List.of(other, lamp), ids(newest));
  }

  @Test
  void aUnitFindsOnlyItsOwnCases() {
    long mine = record("MAYOR_MAILBOX", "营业执照变更难 " + marker, "营业执照变更要跑三趟。", market);
    long notMine = record("MAYOR_MAILBOX", "营业执照注销难 " + marker, "营业执照注销要等一个月。", market);
    act(mine, Json.createObjectBuilder().add("action", "ACCEPT"));
    act(
        mine,
        Json.createObjectBuilder()
            .add("action", "DISPATCH")
            .add("leadUnitId", market)
            .add("assistingUnitIds", Json.createArrayBuilder()));
    ApiClient unit = apiAs("unit");
    assertEquals(List.of(mine), ids(unit.get("api/cases?q=" + encode("营业执照 " + marker)).json()));
    ApiClient county = apiAs("county");
    assertEquals(0, county.get("api/cases?q=" + encode("营业执照 " + marker)).json().getInt("total"));
    assertEquals(List.of(mine, notMine), sorted(ids(search("营业执照 " + marker))));
  }

  @Test
  void aRawUtf8QueryStringIsReadAsUtf8() throws Exception {
    long id = record("NETIZEN_MESSAGE", "营业执照办理慢 " + marker, "在政务中心办理营业执照等了两周。", market);
    URL base = onLoopback();
    String path = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
    // The query as a browser's address bar or a shell's curl may send it: not percent-encoded.
    String target = path + "api/cases?q=营业执照%20" + marker;
    String credentials =
        Base64.getEncoder()
            .encodeToString(("triage:" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
    String request =
        "GET "
            + target
            + " HTTP/1.0\r\nHost: localhost:"
            + base.getPort()
            + "\r\nAuthorization: Basic "
            + credentials
            + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
    String response;
    try (Socket socket = new Socket("127.0.0.1", base.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      in.transferTo(read);
      response = read.toString(StandardCharsets.UTF_8);
    }
    assertTrue(response.matches("(?s)HTTP/1\\.[01] 200.*"), response);
    String body = response.substring(response.indexOf("\r\n\r\n") + 4);
    JsonObject page = Json.createReader(new StringReader(body)).readObject();
    assertEquals(List.of(id), ids(page), body);
  }

  @Test
  void everyChangeWritesAnOutboxRowInItsTransaction() throws Exception {
    String url = System.getenv("PORTAL_DB_URL");
    // On H2 the server holds the database file: the row is seen through the search instead.
    long id = record("NETIZEN_MESSAGE", "井盖缺失 " + marker, "人民路井盖缺失。", huaLong);
    assertEquals(List.of(id), ids(search("井盖 " + marker)));
    if (url == null || url.isBlank()) {
      return;
    }
    act(id, Json.createObjectBuilder().add("action", "ACCEPT"));
    try (Connection db =
            DriverManager.getConnection(
                url, System.getenv("PORTAL_DB_USER"), System.getenv("PORTAL_DB_PASSWORD"));
        PreparedStatement count =
            db.prepareStatement("SELECT COUNT(*) FROM case_index_change WHERE case_id = ?")) {
      count.setLong(1, id);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        assertEquals(2, rows.getInt(1), "one for the recording, one for the acceptance");
      }
    }
  }

  @Test
  void aDraftAboutTheSameLampFindsTheFirstCaseOnAnotherChannel() {
    long first =
        record(
            "NETIZEN_MESSAGE",
            "人民路与解放路交叉口路灯不亮 " + marker,
            "华龙区人民路与解放路交叉口的路灯已经坏了一个多星期，晚上路口一片漆黑，行人过马路很危险，希望尽快维修。",
            huaLong);
    String draft =
        Json.createObjectBuilder()
            .add("title", "解放路口路灯坏了没人修")
            .add("content", "我家住在人民路解放路交叉口附近，路口的路灯坏了一周多，天黑后路口漆黑一片，过马路很不安全，请有关部门尽快修复路灯。")
            .add("districtId", huaLong)
            .build()
            .toString();
    Reply similar = triage.post("api/cases/similar", draft);
    assertEquals(200, similar.status(), similar.toString());
    JsonArray found = similar.structure().asJsonArray();
    assertFalse(found.isEmpty(), similar.toString());
    // Other tests of the run may have recorded the same lamp (the database is shared): the case is
    // among the answers, each about this lamp, not necessarily the first.
    JsonObject match = withId(found, first);
    assertTrue(match != null, similar.toString());
    assertEquals("NETIZEN_MESSAGE", match.getString("channel"));
    assertTrue(
        found.stream().allMatch(c -> c.asJsonObject().getString("title").contains("路灯")),
        similar.toString());

    long second =
        record(
            "MAYOR_MAILBOX",
            "解放路口路灯坏了没人修 " + marker,
            "我家住在人民路解放路交叉口附近，路口的路灯坏了一周多，天黑后路口漆黑一片，过马路很不安全，请有关部门尽快修复路灯。",
            huaLong);
    Reply ofCase = triage.get("api/cases/" + second + "/similar");
    assertEquals(200, ofCase.status(), ofCase.toString());
    assertTrue(withId(ofCase.structure().asJsonArray(), first) != null, ofCase.toString());
    assertEquals(403, apiAs("unit").get("api/cases/" + second + "/similar").status());
    Reply blank = triage.post("api/cases/similar", "{\"title\":\" \"}");
    assertEquals(400, blank.status(), blank.toString());
  }

  @Test
  void anAdministratorRebuildsTheIndexAndSearchesGoOn() throws InterruptedException {
    long id = record("NETIZEN_MESSAGE", "公交站台破损 " + marker, "华龙区公交站台顶棚破损漏雨。", huaLong);
    ApiClient admin = apiAs("admin");
    assertEquals(403, triage.post("api/search-index/rebuild", "").status());
    Reply started = admin.post("api/search-index/rebuild", "");
    assertEquals(202, started.status(), started.toString());
    long deadline = System.nanoTime() + 60_000_000_000L;
    JsonObject status;
    do {
      Thread.sleep(200);
      status = admin.get("api/search-index").json();
    } while (status.getBoolean("rebuildRequested") && System.nanoTime() < deadline);
    assertFalse(status.getBoolean("rebuildRequested"), status.toString());
    assertTrue(status.getJsonNumber("indexedCases").longValue() > 0, status.toString());
    assertEquals(List.of(id), ids(search("站台 " + marker)));
  }

  private JsonObject search(String text) {
    Reply reply = triage.get("api/cases?limit=50&q=" + encode(text));
    assertEquals(200, reply.status(), reply.toString());
    return reply.json();
  }

  private long record(String channel, String title, String content, long concernedUnitId) {
    String body =
        Json.createObjectBuilder()
            .add("channel", channel)
            .add("title", title)
            .add("content", content)
            .add("concernedUnitId", concernedUnitId)
            .build()
            .toString();
    Reply recorded = triage.post("api/cases", body);
    assertEquals(201, recorded.status(), recorded.toString());
    return recorded.json().getJsonNumber("id").longValue();
  }

  private void act(long id, jakarta.json.JsonObjectBuilder command) {
    long version = triage.get("api/cases/" + id).json().getJsonNumber("version").longValue();
    Reply reply =
        triage.post(
            "api/cases/" + id + "/actions", command.add("version", version).build().toString());
    assertEquals(200, reply.status(), reply.toString());
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .map(item -> item.getJsonNumber("id").longValue())
        .toList();
  }

  private static List<Long> sorted(List<Long> ids) {
    return ids.stream().sorted().toList();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static JsonObject withId(JsonArray cases, long caseId) {
    return cases.stream()
        .map(jakarta.json.JsonValue::asJsonObject)
        .filter(c -> c.getJsonNumber("caseId").longValue() == caseId)
        .findFirst()
        .orElse(null);
  }
}
