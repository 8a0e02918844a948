package cn.gov.bizenv.portal.it.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The mayor's mailbox from the outside, on PostgreSQL: a letter written without signing in, the
 * office handling it to a closed reply through the staff API, the writer tracking it and rating it,
 * and the abuse guards. The guards count per address and every request here comes from the loopback
 * address, so the tests that exhaust them run last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicMailboxIT extends PortalIT {
  static final String PASSWORD = DemoAccounts.PASSWORD;

  ApiClient anyone;
  ApiClient triage;
  ApiClient unit;
  ApiClient supervisor;

  @BeforeEach
  void clients() {
    URL base = onLoopback();
    anyone = ApiClient.anonymous(base);
    triage = apiAs("triage");
    unit = apiAs("unit");
    supervisor = apiAs("supervisor");
  }

  @Test
  @Order(1)
  void aLetterWrittenAnonymouslyIsHandledTrackedAndRated() {
    long district = district("华龙区");
    // Refused fields are named, and a refused letter does not use up the address's share.
    Reply invalid =
        write(letter(district).add("mobile", "1234").add("idNumber", "110105194912310021"));
    assertEquals(400, invalid.status(), invalid.toString());
    assertEquals(
        "letter.mobile.format 手机号码应为以1开头的11位数字，如13812345678。",
        fieldError(invalid, "mobile"),
        invalid.toString());
    Reply wrongSum =
        anyone.post("api/public/mailbox/letters", submission(letter(district), true, 1000));
    assertEquals(400, wrongSum.status());
    assertEquals(
        "letter.challenge.wrong 验证题答案不正确，请重新计算。",
        fieldError(wrongSum, "challengeAnswer"),
        wrongSum.toString());

    Reply written = write(letter(district));
    assertEquals(201, written.status(), written.toString());
    String number = written.json().getString("trackingNumber");
    String code = written.json().getString("queryCode");
    assertTrue(number.contains("XX"), number);
    assertTrue(code.matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}"), code);

    // The same form token cannot be used twice (double click, resent form).
    JsonObject challenge = anyone.get("api/public/mailbox/challenge").json();
    String body = submissionWith(letter(district), challenge);
    assertEquals(201, anyone.post("api/public/mailbox/letters", body).status());
    Reply again = anyone.post("api/public/mailbox/letters", body);
    assertEquals(400, again.status());
    assertEquals(
        "letter.formToken.used 表单已提交或已过期，请刷新页面后重新提交。",
        fieldError(again, "formToken"),
        again.toString());

    JsonObject status = track(number, code).json();
    assertEquals("RECEIVED", status.getString("status"));
    assertFalse(status.getBoolean("canRate"));

    // Wrong code and unknown number: the very same answer.
    Reply wrongCode = track(number, "ABCDEFGHJK");
    Reply missing = track(number.substring(0, 6) + "99999999", code);
    assertEquals(404, wrongCode.status());
    assertEquals(wrongCode.status(), missing.status());
    assertEquals(wrongCode.json().getString("code"), missing.json().getString("code"));

    long caseId = triage.caseId(number);
    JsonObject contact = triage.get("api/mailbox/letters/" + caseId + "/contact").json();
    assertEquals("13812345678", contact.getString("mobile"));
    assertEquals("11010519491231002X", contact.getString("idNumber"));
    assertFalse(contact.getBoolean("masked"));

    long market = triage.unitId("市市场监督管理局");
    ok(triage, caseId, action("ACCEPT", caseId));
    ok(triage, caseId, action("DISPATCH", caseId).add("leadUnitId", market));
    JsonObject unitView = unit.get("api/mailbox/letters/" + caseId + "/contact").json();
    assertEquals("138****5678", unitView.getString("mobile"));
    assertEquals("1101**********002X", unitView.getString("idNumber"));
    assertTrue(unitView.getBoolean("masked"));
    ok(unit, caseId, action("SIGN_FOR", caseId));
    ok(unit, caseId, action("SUBMIT_REPLY", caseId).add("reply", "已协调银行开通企业开户绿色通道。"));
    assertEquals("IN_HAND", track(number, code).json().getString("status"));
    JsonObject underReview = track(number, code).json();
    assertTrue(
        !underReview.containsKey("reply") || underReview.isNull("reply"),
        "a reply under review is not shown: " + underReview);
    ok(triage, caseId, action("APPROVE_REPLY_AND_CLOSE", caseId).add("outcome", "SOLVED"));

    status = track(number, code).json();
    assertEquals("ANSWERED", status.getString("status"));
    assertEquals("已协调银行开通企业开户绿色通道。", status.getString("reply"));
    assertEquals("市市场监督管理局", status.getString("replyingUnit"));
    assertTrue(status.getBoolean("canRate"));

    // The office publishes it, removing a sentence; the original stays, numbers and name are
    // masked.
    assertEquals(403, unit.put("api/mailbox/letters/" + caseId + "/publication", "{}").status());
    String title = status.getString("title");
    Reply published =
        triage.put(
            "api/mailbox/letters/" + caseId + "/publication",
            Json.createObjectBuilder()
                .add("content", "我是王小明，在华龙区办理企业银行开户需排队两周，联系电话13812345678。")
                .build()
                .toString());
    assertEquals(200, published.status(), published.toString());
    String masked = "我是王**，在华龙区办理企业银行开户需排队两周，联系电话138****5678。";
    assertEquals(masked, published.json().getString("content"));
    assertTrue(
        triage.get("api/cases/" + caseId).json().getString("content").contains("13812345678"),
        "the case keeps the original");
    String month = written.json().getString("receivedAt").substring(0, 7);
    JsonObject list =
        anyone.get("api/public/mailbox/published?q=" + encode(title) + "&month=" + month).json();
    assertEquals(1, list.getInt("total"), list.toString());
    JsonObject shown = list.getJsonArray("items").getJsonObject(0);
    assertFalse(shown.toString().contains("13812345678"), shown.toString());
    assertEquals(title, shown.getString("title"));
    assertEquals(masked, shown.getString("content"), "the published text, masked");
    assertEquals("已协调银行开通企业开户绿色通道。", shown.getString("reply"));
    assertEquals("市市场监督管理局", shown.getString("replyingUnit"));
    assertEquals(
        0,
        anyone
            .get("api/public/mailbox/published?q=" + encode(title) + "&month=2001-01")
            .json()
            .getInt("total"));
    assertEquals(400, anyone.get("api/public/mailbox/published?month=2026-13").status());
    JsonObject figures = anyone.get("api/public/mailbox/statistics?month=" + month).json();
    assertTrue(figures.getJsonObject("total").getInt("received") >= 3, figures.toString());
    assertTrue(figures.getJsonObject("total").getInt("replied") >= 1, figures.toString());

    Reply rated =
        anyone.post(
            "api/public/mailbox/rating",
            key(number, code)
                .add("satisfaction", "DISSATISFIED")
                .add("comment", "仍需排队")
                .build()
                .toString());
    assertEquals(200, rated.status(), rated.toString());
    assertEquals("DISSATISFIED", rated.json().getString("satisfaction"));
    assertFalse(rated.json().getBoolean("canRate"));
    JsonObject detail = triage.get("api/cases/" + caseId).json();
    assertEquals("FOLLOWED_UP", detail.getString("status"));
    assertTrue(detail.getBoolean("reopenDue"), "a bad rating asks the office to reopen");
    Reply twice =
        anyone.post(
            "api/public/mailbox/rating",
            key(number, code).add("satisfaction", "SATISFIED").build().toString());
    assertEquals(422, twice.status());
    ok(triage, caseId, action("REOPEN", caseId).add("note", "请核实整改"));
    assertEquals("IN_HAND", track(number, code).json().getString("status"));
  }

  @Test
  @Order(2)
  void thePublicPagesNeedNoSignInButTheStaffApiDoes() {
    Map<String, String> titles =
        Map.of(
            "write", "给市长写信",
            "track", "来信查询",
            "letters", "来信公开",
            "statistics", "市长信箱月度统计");
    titles.forEach(
        (page, title) -> {
          Reply shown = anyone.get("public/" + page + ".xhtml");
          assertEquals(200, shown.status(), page + ": " + shown);
          assertEquals(title, first(PAGE_TITLE, shown.body()), "the page itself, not the sign-in");
        });

    String question = first(QUESTION, anyone.get("public/write.xhtml").body());
    assertTrue(question.matches("\\d+ \\+ \\d+ = \\?"), "the sum to answer: " + question);

    // This month's totals under the table are the ones the statistics API counts.
    JsonObject total = anyone.get("api/public/mailbox/statistics").json().getJsonObject("total");
    List<String> footer = cells(first(FOOTER, anyone.get("public/statistics.xhtml").body()));
    assertEquals("合计", footer.get(0), footer.toString());
    assertEquals(
        List.of(
            total.getJsonNumber("received").toString(),
            total.getJsonNumber("accepted").toString(),
            total.getJsonNumber("replied").toString()),
        footer.subList(1, 4),
        footer.toString());

    assertEquals(401, anyone.get("api/cases").status());
    assertEquals(401, anyone.get("api/mailbox/letters/1/contact").status());
    assertEquals(401, anyone.get("api/open311-keys").status());
  }

  @Test
  @Order(3)
  void anOpen311ClientFilesAndFollowsARequestInJsonAndXml() {
    ApiClient admin = apiAs("admin");
    assertEquals(403, triage.post("api/open311-keys", "{\"name\":\"x\"}").status());
    Reply issued = admin.post("api/open311-keys", "{\"name\":\"市民热线App\"}");
    assertEquals(201, issued.status(), issued.toString());
    String key = issued.json().getString("key");
    long keyId = issued.json().getJsonNumber("id").longValue();
    assertFalse(admin.get("api/open311-keys").body().contains(key), "keys are never listed");

    Reply discovery = anyone.get("api/open311/v2/discovery.json");
    assertEquals(200, discovery.status(), discovery.toString());
    assertEquals(
        "http://wiki.open311.org/GeoReport_v2",
        discovery.json().getJsonArray("endpoints").getJsonObject(0).getString("specification"),
        discovery.body());
    Reply services = anyone.get("api/open311/v2/services.json");
    assertEquals(200, services.status());
    JsonObject service = services.structure().asJsonArray().getJsonObject(0);
    String code = service.getString("service_code");
    Reply servicesXml = anyone.get("api/open311/v2/services.xml");
    assertTrue(servicesXml.contentType().startsWith("text/xml"), servicesXml.contentType());
    assertTrue(
        servicesXml
            .body()
            .contains("<services><service><service_code>" + code + "</service_code>"));
    Reply definition = anyone.get("api/open311/v2/services/" + code + ".xml");
    assertEquals(200, definition.status(), definition.toString());
    assertTrue(definition.body().contains("<code>district</code>"), definition.body());
    assertEquals(404, anyone.get("api/open311/v2/services/99.99.999.json").status());

    long district = district("华龙区");
    String description = "华龙区人民路路灯不亮 " + UUID.randomUUID().toString().substring(0, 8);
    Reply filed =
        form(
            "requests.json",
            "api_key="
                + key
                + "&service_code="
                + code
                + "&description="
                + encode(description)
                + "&lat=35.7618&long=115.0292&address_string="
                + encode("人民路100号")
                + "&phone=13812345678&attribute%5Bdistrict%5D="
                + district);
    assertEquals(200, filed.status(), filed.toString());
    String id = filed.structure().asJsonArray().getJsonObject(0).getString("service_request_id");
    assertTrue(id.contains("LY"), id);

    JsonObject one =
        anyone
            .get("api/open311/v2/requests/" + id + ".json")
            .structure()
            .asJsonArray()
            .getJsonObject(0);
    assertEquals("open", one.getString("status"));
    assertEquals("open", one.getJsonObject("extended_attributes").getString("fms_status"));
    assertEquals(code, one.getString("service_code"));
    assertTrue(one.getString("description").startsWith(description));
    assertTrue(one.getString("requested_datetime").endsWith("+08:00"), one.toString());
    assertEquals(
        "NETIZEN_MESSAGE",
        triage.get("api/cases/" + triage.caseId(id)).json().getString("channel"));
    Reply oneXml = anyone.get("api/open311/v2/requests/" + id + ".xml");
    assertTrue(
        oneXml.body().contains("<service_request_id>" + id + "</service_request_id>"),
        oneXml.body());
    assertEquals(200, anyone.get("api/open311/v2/tokens/" + id + ".json").status());

    String today = one.getString("requested_datetime").substring(0, 10);
    Reply open =
        anyone.get(
            "api/open311/v2/requests.json?status=open&service_code="
                + code
                + "&start_date="
                + today
                + "T00:00:00%2B08:00");
    assertEquals(200, open.status(), open.toString());
    assertTrue(
        open.structure().asJsonArray().stream()
            .map(request -> request.asJsonObject().getString("service_request_id"))
            .anyMatch(id::equals),
        open.body());
    Reply closed = anyone.get("api/open311/v2/requests.xml?status=closed&service_request_id=" + id);
    assertEquals(200, closed.status());
    assertFalse(closed.body().contains(id), "the request is open");
    Reply before =
        anyone.get(
            "api/open311/v2/requests.json?end_date=2001-01-01T00:00:00Z&service_request_id=" + id);
    assertEquals("[]", before.body());

    Reply badKey =
        form(
            "requests.json",
            "api_key=nope&service_code=" + code + "&description=x&address_string=y");
    assertEquals(403, badKey.status());
    assertEquals(403, badKey.structure().asJsonArray().getJsonObject(0).getInt("code"));
    Reply badKeyXml =
        form("requests.xml", "service_code=" + code + "&description=x&address_string=y");
    assertEquals(403, badKeyXml.status());
    assertTrue(badKeyXml.body().contains("<errors><error><code>403</code>"), badKeyXml.body());
    Reply unknownService =
        form(
            "requests.json",
            "api_key=" + key + "&service_code=99.99.999&description=x&address_string=y");
    assertEquals(400, unknownService.status(), unknownService.toString());
    assertEquals(
        "service_code: service_code 不存在或已停用。",
        open311Error(unknownService, 400),
        "names the field");
    Reply badDate = anyone.get("api/open311/v2/requests.json?start_date=yesterday");
    assertEquals(400, badDate.status());
    assertEquals(
        "start_date: 日期时间应为 W3C 格式，如 2026-11-01T00:00:00+08:00。",
        open311Error(badDate, 400),
        "names the parameter");
    Reply oversized =
        form("requests.json", "api_key=" + key + "&description=" + "a".repeat(20_000));
    assertEquals(413, oversized.status(), oversized.toString());

    assertEquals(200, admin.post("api/open311-keys/" + keyId + "/revocation", "").status());
    Reply revoked =
        form(
            "requests.json",
            "api_key=" + key + "&service_code=" + code + "&description=x&address_string=y");
    assertEquals(403, revoked.status());
  }

  private Reply form(String path, String body) {
    return anyone.post(
        "api/open311/v2/" + path,
        "application/x-www-form-urlencoded",
        body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * The writer of a letter merged (并单) into another case rates the reply that answered them; a 差评
   * asks the office to reopen the case that answered, and the letter stays merged.
   */
  @Test
  @Order(3)
  void theWriterOfAMergedLetterRatesTheReplyThatAnsweredThem() {
    Reply written = write(letter(district("华龙区")));
    assertEquals(201, written.status(), written.toString());
    String number = written.json().getString("trackingNumber");
    String code = written.json().getString("queryCode");
    long letterCase = triage.caseId(number);
    long market = triage.unitId("市市场监督管理局");
    Reply recorded =
        triage.post(
            "api/cases",
            Json.createObjectBuilder()
                .add("channel", "NETIZEN_MESSAGE")
                .add("title", "企业开户排队时间长 " + UUID.randomUUID().toString().substring(0, 8))
                .add("content", "华龙区企业银行开户需排队两周。")
                .add("concernedUnitId", district("华龙区"))
                .build()
                .toString());
    assertEquals(201, recorded.status(), recorded.toString());
    long target = recorded.json().getJsonNumber("id").longValue();
    ok(triage, letterCase, action("MERGE", letterCase).add("mergeIntoCaseId", target));
    assertFalse(track(number, code).json().getBoolean("canRate"), "not before the answer");
    ok(triage, target, action("ACCEPT", target));
    ok(triage, target, action("DISPATCH", target).add("leadUnitId", market));
    ok(unit, target, action("SIGN_FOR", target));
    ok(unit, target, action("SUBMIT_REPLY", target).add("reply", "已协调银行增设预约窗口。"));
    ok(triage, target, action("APPROVE_REPLY_AND_CLOSE", target).add("outcome", "SOLVED"));
    assertTrue(track(number, code).json().getBoolean("canRate"));

    Reply rated =
        anyone.post(
            "api/public/mailbox/rating",
            key(number, code).add("satisfaction", "VERY_DISSATISFIED").build().toString());

    assertEquals(200, rated.status(), rated.toString());
    assertEquals("VERY_DISSATISFIED", rated.json().getString("satisfaction"));
    assertFalse(rated.json().getBoolean("canRate"), "rated once");
    assertEquals("MERGED", triage.get("api/cases/" + letterCase).json().getString("status"));
    assertTrue(
        triage.get("api/cases/" + target).json().getBoolean("reopenDue"),
        "the office is asked to reopen the case that answered");
  }

  @Test
  @Order(4)
  void repeatedWrongCodesFromOneAddressAreLockedOut() {
    Reply written = write(letter(district("华龙区")));
    String number = written.json().getString("trackingNumber");
    String code = written.json().getString("queryCode");
    int failures = 0;
    Reply reply = track(number, "WRONG23456");
    while (reply.status() == 404 && failures < 20) {
      failures++;
      reply = track(number, "WRONG23456");
    }
    assertEquals(429, reply.status(), reply.toString());
    assertTrue(failures <= 10, "locked out after at most ten failures, was " + failures);
    assertEquals(429, track(number, code).status(), "the right code waits for the window too");
  }

  @Test
  @Order(5)
  void lettersFromOneAddressAreLimitedPerHour() {
    long district = district("华龙区");
    int written = 0;
    Reply reply = write(letter(district));
    while (reply.status() == 201 && written < 20) {
      written++;
      reply = write(letter(district));
    }
    assertEquals(429, reply.status(), reply.toString());
    assertTrue(written <= 5, "at most five letters an hour, was " + written);
  }

  private static final Pattern PAGE_TITLE =
      Pattern.compile("<h1 class=\"portal-title\">(.*?)</h1>");
  private static final Pattern QUESTION =
      Pattern.compile("id=\"letterForm:question\">(.*?)</span>");
  private static final Pattern FOOTER =
      Pattern.compile("<tfoot[^>]*>(.*?)</tfoot>", Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

  /** The first group of the first match in a page, which must be there. */
  private static String first(Pattern pattern, String page) {
    Matcher found = pattern.matcher(page);
    assertTrue(found.find(), pattern + " not in the page: " + page);
    return found.group(1).strip();
  }

  /** The text of each cell of an HTML table part, without its markup. */
  private static List<String> cells(String html) {
    return CELL.matcher(html)
        .results()
        .map(cell -> cell.group(1).replaceAll("<[^>]*>", "").strip())
        .toList();
  }

  /** The code and message of the error an API answer names for the field. */
  private static String fieldError(Reply reply, String field) {
    return reply.json().getJsonArray("fields").stream()
        .map(JsonValue::asJsonObject)
        .filter(error -> error.getString("field").equals(field))
        .map(error -> error.getString("code") + " " + error.getString("message"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no error for " + field + ": " + reply));
  }

  /** The description of a GeoReport error answer, which carries its status as its code. */
  private static String open311Error(Reply reply, int code) {
    JsonObject error = reply.structure().asJsonArray().getJsonObject(0);
    assertEquals(code, error.getInt("code"), reply.toString());
    return error.getString("description");
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  private Reply write(JsonObjectBuilder letter) {
    return anyone.post("api/public/mailbox/letters", submission(letter, true, null));
  }

  /** A submission with a fresh token; answer null means the right answer. */
  private String submission(JsonObjectBuilder letter, boolean fresh, Integer answer) {
    JsonObject challenge = anyone.get("api/public/mailbox/challenge").json();
    if (answer != null) {
      return Json.createObjectBuilder()
          .add("letter", letter)
          .add("formToken", challenge.getString("formToken"))
          .add("challengeAnswer", answer)
          .build()
          .toString();
    }
    return submissionWith(letter, challenge);
  }

  private static String submissionWith(JsonObjectBuilder letter, JsonObject challenge) {
    String[] sum = challenge.getString("question").replace(" = ?", "").split(" \\+ ");
    return Json.createObjectBuilder()
        .add("letter", letter)
        .add("formToken", challenge.getString("formToken"))
        .add("challengeAnswer", Integer.parseInt(sum[0]) + Integer.parseInt(sum[1]))
        .build()
        .toString();
  }

  private static JsonObjectBuilder letter(long district) {
    return Json.createObjectBuilder()
        .add("type", "COMPLAINT")
        .add("title", "企业开户预约难 " + UUID.randomUUID().toString().substring(0, 8))
        .add("content", "在华龙区办理企业银行开户需排队两周，联系电话13812345678。")
        .add("districtId", district)
        .add("firmName", "濮阳某某科技有限公司")
        .add("writerName", "王小明")
        .add("mobile", "13812345678")
        .add("idNumber", "11010519491231002X")
        .add("publishConsent", true);
  }

  private Reply track(String number, String code) {
    return anyone.post("api/public/mailbox/tracking", key(number, code).build().toString());
  }

  private static JsonObjectBuilder key(String number, String code) {
    return Json.createObjectBuilder().add("trackingNumber", number).add("queryCode", code);
  }

  private long district(String name) {
    return anyone.get("api/public/mailbox/districts").structure().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(d -> d.getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private JsonObjectBuilder action(String name, long id) {
    long version = triage.get("api/cases/" + id).json().getJsonNumber("version").longValue();
    return Json.createObjectBuilder().add("action", name).add("version", version);
  }

  private static void ok(ApiClient who, long id, JsonObjectBuilder command) {
    Reply reply = who.post("api/cases/" + id + "/actions", command.build().toString());
    assertEquals(200, reply.status(), reply.toString());
  }
}
