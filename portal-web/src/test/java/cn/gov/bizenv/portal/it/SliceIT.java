package cn.gov.bizenv.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient.Reply;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The thin slice through every layer, black-box over HTTP against the deployed portal.war: units
 * and cases through the REST API, security, validation, scoping and the operations endpoints. Runs
 * on PostgreSQL and again on the embedded H2 database.
 */
class SliceIT extends PortalIT {

  URL base;

  ApiClient admin;
  ApiClient triage;

  @BeforeEach
  void clients() {
    base = onLoopback();
    admin = apiAs("admin");
    triage = apiAs("triage");
  }

  @Test
  void anonymousAndWrongCredentialsGetJson401() {
    Reply anonymous = ApiClient.anonymous(base).get("api/cases");
    assertEquals(401, anonymous.status(), anonymous.toString());
    assertEquals("error.http.401", anonymous.json().getString("code"));
    Reply wrong = ApiClient.as(base, "triage", "wrong-password").get("api/cases");
    assertEquals(401, wrong.status(), wrong.toString());
    Reply right = triage.get("api/cases");
    assertEquals(200, right.status());
    assertFalse(
        right.setCookie().contains("JSESSIONID"),
        "Basic credentials open no session: " + right.setCookie());
  }

  @Test
  void eachRoleIsRefusedWhatItMayNotDo() {
    assertEquals(403, apiAs("officer").get("api/cases").status());
    assertEquals(403, admin.get("api/cases").status());
    assertEquals(403, triage.get("api/units").status());
    Reply unitRecords = apiAs("unit").post("api/cases", newCase("标题", "内容", triage.unitId("华龙区")));
    assertEquals(403, unitRecords.status(), unitRecords.toString());
    assertEquals("error.forbidden", unitRecords.json().getString("code"));
  }

  @Test
  void administratorCreatesRenamesAndDeactivatesUnits() {
    String name = "测试局" + suffix();
    Reply created =
        admin.post("api/units", "{\"name\":\"" + name + "\",\"kind\":\"CITY_DEPARTMENT\"}");
    assertEquals(201, created.status(), created.toString());
    assertNotNull(created.location());
    long id = created.json().getJsonNumber("id").longValue();
    long version = created.json().getJsonNumber("version").longValue();

    Reply found = admin.get("api/units?name=" + encode(name));
    assertEquals(1, found.json().getInt("total"));

    Reply renamed =
        admin.put("api/units/" + id, "{\"name\":\"" + name + "改\",\"version\":" + version + "}");
    assertEquals(200, renamed.status(), renamed.toString());
    assertEquals(name + "改", renamed.json().getString("name"));

    // A second editor still holding the old version must not overwrite the first one's change.
    Reply stale =
        admin.put("api/units/" + id, "{\"name\":\"" + name + "旧\",\"version\":" + version + "}");
    assertEquals(409, stale.status(), stale.toString());
    assertEquals("error.conflict.stale", stale.json().getString("code"));
    assertEquals(name + "改", admin.get("api/units/" + id).json().getString("name"));

    long current = renamed.json().getJsonNumber("version").longValue();
    Reply deactivated = admin.post("api/units/" + id + "/deactivation?version=" + current, "");
    assertEquals(200, deactivated.status(), deactivated.toString());
    assertFalse(deactivated.json().getBoolean("active"));
    assertTrue(activeUnitNames().stream().noneMatch(n -> n.equals(name + "改")));
  }

  @Test
  void invalidUnitsAreRefusedFieldByFieldInTheCallersLanguage() {
    Reply blank = admin.post("api/units", "{\"name\":\"  \"}");
    assertEquals(400, blank.status(), blank.toString());
    assertEquals(List.of("kind", "name"), fieldNames(blank));
    assertEquals("请填写单位名称。", field(blank, "name").getString("message"));

    Reply tooLong =
        admin
            .inEnglish()
            .post("api/units", "{\"name\":\"" + "长".repeat(101) + "\",\"kind\":\"SPECIAL_GROUP\"}");
    assertEquals(400, tooLong.status());
    assertEquals(
        "The name must not be longer than 100 characters.",
        field(tooLong, "name").getString("message"));

    Reply duplicate = admin.post("api/units", "{\"name\":\"华龙区\",\"kind\":\"COUNTY_OR_DISTRICT\"}");
    assertEquals(409, duplicate.status(), duplicate.toString());

    Reply malformed = admin.post("api/units", "{\"name\":\"x\",\"kind\":\"NO_SUCH_KIND\"}");
    assertEquals(400, malformed.status(), malformed.toString());
    assertEquals("error.body.malformed", malformed.json().getString("code"));
  }

  @Test
  void triageOfficerRecordsACaseAndReadsItWithItsTimeline() {
    String marker = "营商" + suffix();
    Reply recorded =
        triage.post(
            "api/cases",
            newCase("企业开办材料反复退回 " + marker, "窗口多次要求补充同一材料。", triage.unitId("市市场监督管理局")));
    assertEquals(201, recorded.status(), recorded.toString());
    JsonObject detail = recorded.json();
    assertTrue(detail.getString("trackingNumber").matches("\\d{4}XX\\d{8}"), detail.toString());
    assertEquals("NEW", detail.getString("status"));
    assertEquals("市市场监督管理局", detail.getString("concernedUnitName"));

    long id = detail.getJsonNumber("id").longValue();
    JsonArray timeline = triage.get("api/cases/" + id + "/timeline").structure().asJsonArray();
    assertEquals(1, timeline.size());
    assertEquals("RECORDED", timeline.getJsonObject(0).getString("type"));
    assertEquals("triage", timeline.getJsonObject(0).getString("actor"));

    Reply listed = triage.get("api/cases?q=" + encode(marker));
    assertEquals(1, listed.json().getInt("total"), listed.toString());
    assertEquals(
        id, listed.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
    Reply byChannelAndStatus =
        triage.get("api/cases?q=" + encode(marker) + "&channel=MAYOR_MAILBOX&status=NEW");
    assertEquals(1, byChannelAndStatus.json().getInt("total"));
    assertEquals(
        0, triage.get("api/cases?q=" + encode(marker) + "&status=CLOSED").json().getInt("total"));
  }

  @Test
  void invalidCasesAreRefusedAndNothingIsStored() {
    String marker = "无效" + suffix();
    Reply empty = triage.post("api/cases", "{}");
    assertEquals(400, empty.status(), empty.toString());
    assertEquals(List.of("channel", "concernedUnitId", "content", "title"), fieldNames(empty));

    Reply unknownChannel =
        triage.post(
            "api/cases",
            "{\"channel\":\"FAX\",\"title\":\""
                + marker
                + "\",\"content\":\"x\",\"concernedUnitId\":1}");
    assertEquals(400, unknownChannel.status());

    Reply unknownUnit = triage.post("api/cases", newCase(marker, "内容", 987654321L));
    assertEquals(400, unknownUnit.status(), unknownUnit.toString());
    assertEquals(List.of("concernedUnitId"), fieldNames(unknownUnit));

    Reply tooLongTitle =
        triage.post("api/cases", newCase(marker + "题".repeat(200), "内容", triage.unitId("华龙区")));
    assertEquals(400, tooLongTitle.status());
    assertEquals(List.of("title"), fieldNames(tooLongTitle));

    assertEquals(0, triage.get("api/cases?q=" + encode(marker)).json().getInt("total"));
  }

  @Test
  void unitHandlersSeeOnlyTheirOwnUnitsCases() {
    String marker = "范围" + suffix();
    long huaLong = recordCase("华龙区案件 " + marker, triage.unitId("华龙区"));
    long market = recordCase("市场监管案件 " + marker, triage.unitId("市市场监督管理局"));
    long shared = recordCase("联合办理案件 " + marker, triage.unitId("市市场监督管理局"));

    ApiClient county = apiAs("county");
    ApiClient unit = apiAs("unit");
    // Being the unit the writer named is not enough: a unit sees a case once it is dispatched to
    // it.
    assertEquals(0, county.get("api/cases?q=" + encode(marker)).json().getInt("total"));
    assertEquals(404, county.get("api/cases/" + huaLong).status(), "a NEW case is the office's");

    dispatch(huaLong, triage.unitId("华龙区"));
    dispatch(market, triage.unitId("市市场监督管理局"));
    dispatch(shared, triage.unitId("市市场监督管理局"), triage.unitId("华龙区"));

    JsonObject countyList = county.get("api/cases?q=" + encode(marker)).json();
    assertEquals(2, countyList.getInt("total"), countyList.toString());
    assertEquals(java.util.Set.of(huaLong, shared), java.util.Set.copyOf(ids(countyList)));
    assertEquals(200, county.get("api/cases/" + huaLong).status(), "the lead unit sees its case");
    assertEquals(
        200, county.get("api/cases/" + shared).status(), "an assisting unit sees the case");
    assertEquals(
        404,
        county.get("api/cases/" + market).status(),
        "a case of another unit must look missing");
    assertEquals(
        java.util.Set.of(market, shared),
        java.util.Set.copyOf(ids(unit.get("api/cases?q=" + encode(marker)).json())));
    assertEquals(404, unit.get("api/cases/" + huaLong).status());
    // Filtering by another unit cannot widen the scope: only the case the county assists remains.
    JsonObject filtered =
        county.get("api/cases?q=" + encode(marker) + "&unitId=" + triage.unitId("市市场监督管理局")).json();
    assertEquals(List.of(shared), ids(filtered));

    assertEquals(
        3, apiAs("supervisor").get("api/cases?q=" + encode(marker)).json().getInt("total"));
    assertEquals(3, apiAs("leader").get("api/cases?q=" + encode(marker)).json().getInt("total"));
  }

  private long recordCase(String title, long concernedUnitId) {
    Reply recorded = triage.post("api/cases", newCase(title, "内容", concernedUnitId));
    assertEquals(201, recorded.status(), recorded.toString());
    return recorded.json().getJsonNumber("id").longValue();
  }

  /** 受理 then 派单, as the triage officer. */
  private void dispatch(long id, long leadUnitId, long... assistingUnitIds) {
    long version = triage.get("api/cases/" + id).json().getJsonNumber("version").longValue();
    Reply accepted =
        triage.post(
            "api/cases/" + id + "/actions", "{\"action\":\"ACCEPT\",\"version\":" + version + "}");
    assertEquals(200, accepted.status(), accepted.toString());
    String assisting =
        java.util.Arrays.stream(assistingUnitIds)
            .mapToObj(Long::toString)
            .collect(Collectors.joining(","));
    Reply dispatched =
        triage.post(
            "api/cases/" + id + "/actions",
            "{\"action\":\"DISPATCH\",\"version\":"
                + accepted.json().getJsonNumber("version").longValue()
                + ",\"leadUnitId\":"
                + leadUnitId
                + ",\"assistingUnitIds\":["
                + assisting
                + "]}");
    assertEquals(200, dispatched.status(), dispatched.toString());
    assertEquals("DISPATCHED", dispatched.json().getString("status"));
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(item -> item.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  @Test
  void listsArePagedAndBadParametersNameTheParameter() {
    JsonObject page = triage.get("api/cases?limit=2&offset=0&sort=receivedAt&order=asc").json();
    assertEquals(2, page.getJsonArray("items").size());
    assertTrue(page.getInt("total") >= 4, page.toString());
    JsonObject next = triage.get("api/cases?limit=2&offset=2&sort=receivedAt&order=asc").json();
    assertFalse(page.getJsonArray("items").get(0).equals(next.getJsonArray("items").get(0)));

    assertEquals(List.of("limit"), fieldNames(triage.get("api/cases?limit=1000")));
    assertEquals(List.of("status"), fieldNames(triage.get("api/cases?status=UNKNOWN")));
    assertEquals(List.of("from"), fieldNames(triage.get("api/cases?from=2026-13-01")));
    assertEquals(List.of("order"), fieldNames(triage.get("api/cases?order=sideways")));
  }

  @Test
  void pagesNeedSignInAndUndeclaredPagesAreDenied() {
    ApiClient anonymous = ApiClient.anonymous(base);
    Reply list = anonymous.get("cases/list.xhtml");
    assertEquals(302, list.status());
    assertTrue(list.location().contains("login.xhtml?next=%2Fcases%2Flist.xhtml"), list.location());
    Reply login = anonymous.get("login.xhtml");
    assertEquals(200, login.status());
    assertTrue(login.body().contains("营商环境督查平台"));
    assertEquals(
        403,
        anonymous.get("undeclared.xhtml").status(),
        "an undeclared page is denied to everyone");
  }

  @Test
  void aNewCaseRingsTheOtherTriageOfficersBellsAndEachClearsOnlyTheirOwn() {
    ApiClient colleague = apiAs("triage2");
    long before =
        colleague.get("api/notifications/unread-count").json().getJsonNumber("unread").longValue();
    long mineBefore =
        triage.get("api/notifications/unread-count").json().getJsonNumber("unread").longValue();
    JsonObject recorded =
        triage.post("api/cases", newCase("提醒测试 " + suffix(), "内容", triage.unitId("华龙区"))).json();

    assertEquals(
        before + 1,
        colleague.get("api/notifications/unread-count").json().getJsonNumber("unread").longValue());
    assertEquals(
        mineBefore,
        triage.get("api/notifications/unread-count").json().getJsonNumber("unread").longValue(),
        "the officer who recorded the case is not told about it");
    JsonObject newest =
        colleague.get("api/notifications?limit=1").json().getJsonArray("items").getJsonObject(0);
    assertEquals("notice.case.new", newest.getString("messageKey"));
    assertEquals(
        recorded.getString("trackingNumber"), newest.getJsonArray("arguments").getString(0));
    assertEquals(
        recorded.getJsonNumber("id").longValue(), newest.getJsonNumber("caseId").longValue());

    long id = newest.getJsonNumber("id").longValue();
    assertEquals(
        404,
        triage.post("api/notifications/" + id + "/read", "").status(),
        "another person's notification");
    assertTrue(colleague.post("api/notifications/" + id + "/read", "").json().getBoolean("read"));
    assertEquals(
        before,
        colleague.get("api/notifications/unread-count").json().getJsonNumber("unread").longValue());
    colleague.post("api/notifications/read-all", "");
    assertEquals(
        0,
        colleague.get("api/notifications/unread-count").json().getJsonNumber("unread").longValue());
  }

  @Test
  void creditCodesAreCheckedThroughTheChiefServiceModule() {
    JsonObject valid =
        triage.get("api/credit-codes/check?code=" + encode(" 91350100m000100y43 ")).json();
    assertTrue(valid.getBoolean("valid"), valid.toString());
    assertEquals("91350100M000100Y43", valid.getString("normalised"));
    JsonObject wrongCheck = triage.get("api/credit-codes/check?code=91350100M000100Y44").json();
    assertFalse(wrongCheck.getBoolean("valid"));
    assertEquals("creditcode.check", wrongCheck.getString("code"));
    assertTrue(wrongCheck.getString("message").contains("“3”"), wrongCheck.toString());
    assertEquals(401, ApiClient.anonymous(base).get("api/credit-codes/check?code=x").status());
  }

  @Test
  void healthMetricsAndOpenApiAnswer() {
    ApiClient root = ApiClient.anonymous(rootUrl());
    Reply ready = root.get("health/ready");
    assertEquals(200, ready.status(), ready.toString());
    assertTrue(ready.body().contains("\"database\""), ready.body());
    assertEquals("UP", ready.json().getString("status"));
    assertEquals(200, root.get("health/live").status());
    assertEquals(200, root.get("metrics").status());
    Reply openApi = root.get("openapi");
    assertEquals(200, openApi.status());
    assertTrue(
        openApi.body().contains("/api/cases"), "the OpenAPI document describes the case API");
  }

  private URL rootUrl() {
    try {
      return new URL(base, "/");
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> activeUnitNames() {
    return triage.get("api/units/active").structure().asJsonArray().stream()
        .map(unit -> unit.asJsonObject().getString("name"))
        .toList();
  }

  private static String newCase(String title, String content, long unitId) {
    return "{\"channel\":\"MAYOR_MAILBOX\",\"title\":\""
        + title
        + "\",\"content\":\""
        + content
        + "\",\"concernedUnitId\":"
        + unitId
        + "}";
  }

  private static List<String> fieldNames(Reply reply) {
    assertEquals(400, reply.status(), reply.toString());
    return reply.json().getJsonArray("fields").stream()
        .map(f -> f.asJsonObject().getString("field"))
        .sorted()
        .collect(Collectors.toList());
  }

  private static JsonObject field(Reply reply, String name) {
    return reply.json().getJsonArray("fields").stream()
        .map(JsonValue::asJsonObject)
        .filter(f -> f.getString("field").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no error for " + name + " in " + reply));
  }

  @Test
  void textSearchFindsExactlyTheCasesThatContainTheQuery() {
    String w = cjkSuffix(); // eight characters no other case has
    String abcd = w.substring(0, 4);
    long whole = recordCase("关于" + w + "的反映", triage.unitId("华龙区"));
    long split = recordCase("编号" + abcd + "，" + w.substring(4), triage.unitId("华龙区"));
    // Every character pair of abcd occurs here, but abcd itself does not: the index alone would
    // find it, the exact check must drop it.
    long pairsOnly = recordCase(w.substring(0, 3) + "、" + w.substring(1, 4), triage.unitId("华龙区"));
    long latin = recordCase("WiFi" + w.substring(2, 5) + "覆盖", triage.unitId("华龙区"));

    assertEquals(List.of(whole), ids(search(w)), "eight characters");
    assertEquals(
        java.util.Set.of(whole, split), java.util.Set.copyOf(ids(search(abcd))), "four characters");
    assertEquals(
        java.util.Set.of(whole, split, pairsOnly),
        java.util.Set.copyOf(ids(search(w.substring(0, 2)))),
        "two characters");
    List<Long> one = ids(search(w.substring(7)));
    assertTrue(
        one.containsAll(List.of(whole, split)) && !one.contains(pairsOnly) && !one.contains(latin),
        one.toString());
    assertEquals(List.of(latin), ids(search("wifi" + w.charAt(2))), "mixed, any case");
    assertEquals(List.of(), ids(search(w.substring(0, 3) + w.charAt(4))));

    // Part of a tracking number: digits are paired like characters, so a partial number is found.
    String number = triage.get("api/cases/" + whole).json().getString("trackingNumber");
    assertTrue(ids(search(number.substring(7))).contains(whole));
    // The keyset form answers the same search without a total.
    JsonObject keyset = triage.get("api/cases?limit=200&after=&q=" + encode(abcd)).json();
    assertEquals(
        java.util.Set.of(whole, split), java.util.Set.copyOf(ids(keyset)), keyset.toString());
    assertFalse(keyset.containsKey("total"));
  }

  @Test
  void keysetPagesContinueWhereThePreviousPageEnded() {
    String marker = cjkSuffix();
    long first = recordCase("游标" + marker + "一", triage.unitId("华龙区"));
    long second = recordCase("游标" + marker + "二", triage.unitId("华龙区"));
    long third = recordCase("游标" + marker + "三", triage.unitId("华龙区"));

    JsonObject page = triage.get("api/cases?limit=2&after=&q=" + encode(marker)).json();
    assertEquals(List.of(third, second), ids(page), page.toString());
    String next = page.getString("next");
    JsonObject last =
        triage.get("api/cases?limit=2&q=" + encode(marker) + "&after=" + encode(next)).json();
    assertEquals(List.of(first), ids(last), last.toString());
    assertTrue(!last.containsKey("next") || last.isNull("next"), last.toString());

    Reply bad = triage.get("api/cases?after=yesterday");
    assertEquals(List.of("after"), fieldNames(bad));
    assertEquals(List.of("after"), fieldNames(triage.get("api/cases?after=&offset=20")));
  }

  private JsonObject search(String query) {
    Reply found = triage.get("api/cases?limit=200&q=" + encode(query));
    assertEquals(200, found.status(), found.toString());
    return found.json();
  }

  /**
   * Eight different rare characters in random order, so that a search finds this run's cases only.
   */
  private static String cjkSuffix() {
    List<String> alphabet = new java.util.ArrayList<>(List.of("鑫淼焱垚犇骉羴猋麤靐龘毳舙瞐燚罍".split("")));
    java.util.Collections.shuffle(alphabet);
    return String.join("", alphabet.subList(0, 8));
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
