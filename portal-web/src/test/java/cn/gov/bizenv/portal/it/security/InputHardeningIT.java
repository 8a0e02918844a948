package cn.gov.bizenv.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Forged view states, control characters, blanks made of Unicode spaces and bytes that are not
 * UTF-8 are refused with a 4xx that names the field (issue 18, items 5, 6, 7 and 10).
 */
class InputHardeningIT extends PortalIT {
  @Test
  void aForgedViewStateGetsTheExpiredPageWith400() throws Exception {
    String base = onLoopback().toString();
    URI login = URI.create(base.endsWith("/") ? base : base + "/").resolve("login.xhtml");
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(login)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept-Language", "zh-CN")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "loginForm=loginForm&loginForm%3Ausername=a&loginForm%3Apassword=b"
                                + "&loginForm%3Asubmit=&jakarta.faces.ViewState=-123%3A456"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(400, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("页面停留时间过长已失效"), answer.body());
  }

  @Test
  void controlCharactersAreRefusedNamingTheFieldAndNothingIsStored() {
    ApiClient triage = apiAs("triage");
    long unit = triage.unitId("华龙区");
    for (String control : List.of("\u0000", "\u0001", "\u000B", "\u001F")) {
      String title = "控制字符" + UUID.randomUUID().toString().substring(0, 6);
      Reply refused = triage.post("api/cases", newCase(title + control, "内容", unit));
      assertEquals(List.of("title input.controlCharacter"), fields(refused));
      assertEquals(
          0,
          triage.get("api/cases?q=" + title).json().getJsonNumber("total").longValue(),
          "nothing stored");
    }
    Reply content = triage.post("api/cases", newCase("标题", "第一行\u0000", unit));
    assertEquals(List.of("content input.controlCharacter"), fields(content));
    Reply lineBreaks = triage.post("api/cases", newCase("换行与制表符", "第一行\r\n第二行\t缩进", unit));
    assertEquals(201, lineBreaks.status(), "tab and line breaks are text: " + lineBreaks);
  }

  /** A number the runtime cannot read, in the path or the query, is a 400 naming the parameter. */
  @Test
  void unreadableNumbersInPathsAndQueriesAre400NamingTheParameter() {
    ApiClient triage = apiAs("triage");
    for (String[] probe :
        new String[][] {
          {"api/cases/abc", "id"},
          {"api/cases/99999999999999999999/timeline", "id"},
          {"api/cases?limit=abc", "limit"},
          {"api/cases?offset=99999999999", "offset"}
        }) {
      Reply reply = triage.get(probe[0]);
      assertEquals(400, reply.status(), probe[0] + " → " + reply);
      assertTrue(
          fields(reply).stream().anyMatch(field -> field.startsWith(probe[1] + " ")),
          probe[0] + " names " + probe[1] + ": " + reply);
    }
  }

  /** JSON-B would cut 14.5 to 14 and file the case with the wrong unit; the body is refused. */
  @Test
  void aFractionOrAnOverflowWhereAWholeNumberBelongsIsRefusedNamingTheField() {
    ApiClient triage = apiAs("triage");
    long unit = triage.unitId("华龙区");
    String title = "小数单位" + UUID.randomUUID().toString().substring(0, 6);
    String fractional =
        newCase(title, "内容", unit)
            .replace("\"concernedUnitId\":" + unit, "\"concernedUnitId\":" + unit + ".5");
    assertEquals(
        List.of("concernedUnitId body.number.whole"), fields(triage.post("api/cases", fractional)));
    String overflow =
        newCase(title, "内容", unit)
            .replace("\"concernedUnitId\":" + unit, "\"concernedUnitId\":1e30");
    assertEquals(
        List.of("concernedUnitId body.number.range"), fields(triage.post("api/cases", overflow)));
    assertEquals(
        0,
        triage.get("api/cases?q=" + title).json().getJsonNumber("total").longValue(),
        "nothing stored");
    String whole =
        newCase(title, "内容", unit)
            .replace("\"concernedUnitId\":" + unit, "\"concernedUnitId\":" + unit + ".0");
    assertEquals(201, triage.post("api/cases", whole).status(), "14.0 is the whole number 14");
  }

  @Test
  void aTitleOfIdeographicSpacesIsBlank() {
    ApiClient triage = apiAs("triage");
    Reply refused = triage.post("api/cases", newCase("\u3000\u3000", "内容", triage.unitId("华龙区")));
    assertEquals(List.of("title case.title.required"), fields(refused));
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedNotStoredAsReplacementCharacters() {
    ApiClient triage = apiAs("triage");
    byte[] json = newCase("坏字节XX", "内容", triage.unitId("华龙区")).getBytes(StandardCharsets.UTF_8);
    String text = new String(json, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("XX");
    json[at] = (byte) 0xC3; // a lead byte followed by "X": not UTF-8
    Reply refused = triage.post("api/cases", "application/json", json);
    assertEquals(400, refused.status(), refused.toString());
    assertEquals("error.body.malformed", refused.json().getString("code"));
    assertFalse(refused.toString().contains("\uFFFD"));
  }

  @Test
  void open311RefusesImpossiblePlacesBadAddressesAndControlsInItsOwnFormat() {
    ApiClient admin = apiAs("admin");
    ApiClient anyone = ApiClient.anonymous(onLoopback());
    String key = admin.post("api/open311-keys", "{\"name\":\"加固测试\"}").json().getString("key");
    String code =
        anyone
            .get("api/open311/v2/services.json")
            .structure()
            .asJsonArray()
            .getJsonObject(0)
            .getString("service_code");
    long district =
        anyone.get("api/public/mailbox/districts").structure().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(d -> d.getString("name").equals("华龙区"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String valid =
        "api_key="
            + key
            + "&service_code="
            + code
            + "&attribute%5Bdistrict%5D="
            + district
            + "&address_string="
            + URLEncoder.encode("人民路1号", StandardCharsets.UTF_8);
    record Case(String extra, String field) {}
    for (Case bad :
        List.of(
            new Case("&description=abc&lat=999&long=115", "lat"),
            new Case("&description=abc&lat=35&long=-500", "long"),
            new Case(
                "&description=abc&email=" + URLEncoder.encode("<script>@x", StandardCharsets.UTF_8),
                "email"),
            new Case(
                "&description=" + URLEncoder.encode("路灯\u001F不亮", StandardCharsets.UTF_8),
                "description"),
            new Case(
                "&description=" + URLEncoder.encode("\u3000\u3000", StandardCharsets.UTF_8),
                "description"))) {
      Reply xml =
          anyone.post(
              "api/open311/v2/requests.xml",
              "application/x-www-form-urlencoded",
              (valid + bad.extra()).getBytes(StandardCharsets.UTF_8));
      assertEquals(400, xml.status(), bad + ": " + xml);
      assertTrue(xml.contentType().startsWith("text/xml"), xml.contentType());
      assertTrue(xml.body().startsWith("<?xml") || xml.body().contains("<errors>"), xml.body());
      assertTrue(xml.body().contains("<description>" + bad.field() + ":"), bad + ": " + xml.body());
      Reply json =
          anyone.post(
              "api/open311/v2/requests.json",
              "application/x-www-form-urlencoded",
              (valid + bad.extra()).getBytes(StandardCharsets.UTF_8));
      assertEquals(400, json.status(), bad + ": " + json);
      assertTrue(
          json.structure()
              .asJsonArray()
              .getJsonObject(0)
              .getString("description")
              .startsWith(bad.field() + ":"),
          json.body());
    }
  }

  private static String newCase(String title, String content, long unitId) {
    return Json.createObjectBuilder()
        .add("channel", "MAYOR_MAILBOX")
        .add("title", title)
        .add("content", content)
        .add("concernedUnitId", unitId)
        .build()
        .toString();
  }

  private static List<String> fields(Reply reply) {
    assertEquals(400, reply.status(), reply.toString());
    return reply.json().getJsonArray("fields").stream()
        .map(JsonValue::asJsonObject)
        .map(field -> field.getString("field") + " " + field.getString("code"))
        .sorted()
        .toList();
  }
}
