package cn.gov.bizenv.portal.it.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
import cn.gov.bizenv.portal.it.TallyChecks;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Report figures on a known data set seeded through the API in a district of its own (so that other
 * cases in the database do not count): five cases recorded, accepted, dispatched, replied, closed,
 * rated and one reopened. Every dashboard figure is asserted, and for several figures the dashboard
 * count, the drill-down total and the Excel export's rows agree. City-wide, where the dashboard
 * reads PostgreSQL's tallies, every figure equals its drill-down total, and the tallies equal the
 * cases counted again.
 */
class ReportsIT extends PortalIT {
  static final String PASSWORD = DemoAccounts.PASSWORD;
  static final long SAFETY_HAZARD = 5; // 01.01.003 in V4__categories.sql
  static final long SANITATION = 7; // 01.02.001

  ApiClient triage;
  ApiClient unit;

  @Test
  void everyFigureOfAKnownDataSetAndTheListsBehindThem() throws IOException, SQLException {
    URL base = onLoopback();
    triage = apiAs("triage");
    unit = apiAs("unit");
    ApiClient admin = apiAs("admin");
    ApiClient leader = apiAs("leader");
    Reply created =
        admin.post(
            "api/units",
            "{\"name\":\"报表测试区"
                + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"kind\":\"COUNTY_OR_DISTRICT\"}");
    assertEquals(201, created.status(), created.toString());
    long district = created.json().getJsonNumber("id").longValue();
    long market = triage.unitId("市市场监督管理局");

    long c1 = record("NETIZEN_MESSAGE", district, SAFETY_HAZARD);
    dispatchAndReply(c1, market);
    ok(triage, c1, action("APPROVE_REPLY_AND_CLOSE", c1).add("outcome", "SOLVED"));
    ok(triage, c1, action("FOLLOW_UP", c1).add("satisfaction", "SATISFIED"));

    long c2 = record("MAYOR_MAILBOX", district, null);
    dispatchAndReply(c2, market);
    ok(triage, c2, action("APPROVE_REPLY_AND_CLOSE", c2).add("outcome", "SOLVED"));
    ok(
        triage,
        c2,
        action("FOLLOW_UP", c2).add("satisfaction", "VERY_DISSATISFIED").add("note", "未解决"));
    // A reopened case goes straight back to its lead unit at work: the sign-off it made on time at
    // dispatch is neither made again nor missed, so the ranking's sign-off does not move.
    String thisQuarter =
        "from="
            + LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1)
            + "&to="
            + LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(90);
    JsonObject signOffBefore = marketRow(leader, thisQuarter, market).getJsonObject("measures");
    ok(triage, c2, action("REOPEN", c2).add("note", "请重新办理"));
    JsonObject signOffAfter = marketRow(leader, thisQuarter, market).getJsonObject("measures");
    for (String measure : new String[] {"signOffDue", "signedOnTime"}) {
      assertEquals(
          signOffBefore.getInt(measure), signOffAfter.getInt(measure), measure + " after REOPEN");
    }

    long c3 = record("NETIZEN_MESSAGE", district, SAFETY_HAZARD);
    ok(triage, c3, action("ACCEPT", c3));
    ok(triage, c3, action("DISPATCH", c3).add("leadUnitId", market));
    ok(unit, c3, action("SIGN_FOR", c3));

    long c4 = record("PROBLEM_LEAD", district, null);

    long c5 = record("NETIZEN_MESSAGE", district, SANITATION);
    dispatchAndReply(c5, market);
    ok(triage, c5, action("APPROVE_REPLY_AND_CLOSE", c5).add("outcome", "EXPLAINED"));
    ok(triage, c5, action("FOLLOW_UP", c5).add("satisfaction", "DISSATISFIED").add("note", "一般"));

    // Around midnight a case may be received "yesterday": the period starts a day early.
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String period =
        "from=" + today.minusDays(1) + "&to=" + today.plusDays(90) + "&district=" + district;
    JsonObject d = get(leader, "api/reports/dashboard?" + period).json();
    assertEquals(5, d.getInt("received"));
    assertEquals(
        Map.of("NETIZEN_MESSAGE", 3L, "MAYOR_MAILBOX", 1L, "PROBLEM_LEAD", 1L),
        counts(d, "byChannel"));
    assertEquals(Map.of("FOLLOWED_UP", 2L, "IN_PROGRESS", 2L, "NEW", 1L), counts(d, "byStatus"));
    assertEquals(Map.of("01", 3L), counts(d, "byTopCategory"));
    assertEquals(Map.of("01.01", 2L, "01.02", 1L), counts(d, "bySecondCategory"));
    assertEquals(Map.of(Long.toString(market), 4L), counts(d, "byLeadUnit"));
    assertEquals(Map.of(Long.toString(district), 5L), counts(d, "byDistrict"));
    assertEquals(2, d.getInt("closed"), "c1 and c5; c2 was reopened");
    long seriesReceived = 0;
    long seriesClosed = 0;
    for (JsonValue point : d.getJsonArray("series")) {
      seriesReceived += point.asJsonObject().getInt("received");
      seriesClosed += point.asJsonObject().getInt("closed");
    }
    assertEquals(5, seriesReceived);
    assertEquals(2, seriesClosed);
    // Now: c1 and c5 replied in time; c2's earlier reply does not answer its new round; c3 not yet
    // due.
    assertEquals(2, d.getInt("replyDue"));
    assertEquals(2, d.getInt("onTime"));
    assertEquals(100.0, d.getJsonNumber("onTimeRate").doubleValue());
    assertEquals(0, d.getInt("overdue"));
    assertEquals(2, d.getInt("handled"));
    assertEquals(
        0.0,
        d.getJsonNumber("averageHandlingWorkingDays").doubleValue(),
        "replied the day of dispatch");
    assertEquals(2, d.getInt("rated"), "c2's rating was cleared by reopening");
    assertEquals(1, d.getInt("satisfied"));
    assertEquals(50.0, d.getJsonNumber("satisfactionRate").doubleValue());
    assertEquals(3, d.getInt("closedOnce"));
    assertEquals(1, d.getInt("reopened"));
    assertEquals(33.3, d.getJsonNumber("reopenRate").doubleValue());

    // Eighty days on, c2 and c3 are past due and still open.
    for (long open : new long[] {c2, c3}) {
      LocalDateTime due =
          LocalDateTime.parse(triage.get("api/cases/" + open).json().getString("replyDue"));
      assertTrue(
          due.isBefore(today.plusDays(80).atStartOfDay()),
          "the limit is shorter than the test assumes");
    }
    String later = period + "&asOf=" + today.plusDays(80).atTime(9, 0);
    JsonObject then = get(leader, "api/reports/dashboard?" + later).json();
    assertEquals(4, then.getInt("replyDue"));
    assertEquals(2, then.getInt("onTime"));
    assertEquals(50.0, then.getJsonNumber("onTimeRate").doubleValue());
    assertEquals(2, then.getInt("overdue"));

    // One definition everywhere: dashboard count == drill-down total == export rows.
    agree(leader, "OVERDUE", null, later, then.getInt("overdue"), c2, c3);
    JsonArray overdue =
        get(leader, "api/reports/cases?figure=OVERDUE&" + later).json().getJsonArray("items");
    assertTrue(
        overdue
                .getJsonObject(0)
                .getString("replyDue")
                .compareTo(overdue.getJsonObject(1).getString("replyDue"))
            <= 0,
        "the overdue list starts with the longest overdue: " + overdue);
    agree(leader, "LATE", null, later, then.getInt("replyDue") - then.getInt("onTime"), c2, c3);
    agree(leader, "CHANNEL", "NETIZEN_MESSAGE", period, 3, c1, c3, c5);
    agree(leader, "CATEGORY", "01.01", period, 2, c1, c3);
    agree(leader, "REOPENED", null, period, d.getInt("reopened"), c2);
    agree(leader, "STATUS", "NEW", period, 1, c4);

    byte[] dashboardBook = bytes(base, "leader", "api/reports/dashboard.xlsx?" + period);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(dashboardBook))) {
      Sheet summary = book.getSheetAt(0);
      assertEquals("受理量", summary.getRow(2).getCell(0).getStringCellValue());
      assertEquals(5.0, summary.getRow(2).getCell(1).getNumericCellValue());
    }

    ranking(base, leader, admin, market, c3, today, later);

    // City-wide, the dashboard reads PostgreSQL's tallies and the drill-downs count the cases.
    String cityWide = "from=" + today.minusDays(1) + "&to=" + today.plusDays(90);
    cityWideFiguresAgreeWithTheCases(leader, cityWide);
    cityWideFiguresAgreeWithTheCases(leader, cityWide + later.substring(later.indexOf("&asOf=")));
    talliesAddUpToTheCases();

    assertEquals(
        403, unit.get("api/reports/dashboard?" + period).status(), "unit handlers see no reports");
    Reply reversed =
        leader.get("api/reports/dashboard?from=" + today + "&to=" + today.minusDays(1));
    assertEquals(400, reversed.status(), reversed.toString());
    Reply badKey = leader.get("api/reports/cases?figure=CHANNEL&key=FAX&" + period);
    assertEquals(400, badKey.status(), badKey.toString());
  }

  /**
   * The ranking agrees with the dashboard's definitions for the same unit, its score follows the
   * documented formula, a 催办 and a return are charged to the unit, and the weights are the
   * administrator's to change. (Other cases of the demo data may involve the same unit, so counts
   * are compared with the dashboard and as differences, not as absolute numbers.)
   */
  private void ranking(
      URL base,
      ApiClient leader,
      ApiClient admin,
      long market,
      long c3,
      LocalDate today,
      String later) {
    String window = "from=" + today.minusDays(1) + "&to=" + today.plusDays(90);
    String asOf = later.substring(later.indexOf("&asOf="));
    JsonObject before = marketRow(leader, window + asOf, market);
    JsonObject byUnit =
        get(leader, "api/reports/dashboard?" + window + "&unit=" + market + asOf).json();
    JsonObject m = before.getJsonObject("measures");
    for (String[] pair :
        new String[][] {
          {"replyDue", "replyDue"}, {"onTime", "repliedOnTime"}, {"rated", "rated"},
          {"satisfied", "satisfied"}, {"closedOnce", "closedOnce"}, {"reopened", "reopened"}
        }) {
      assertEquals(
          byUnit.getInt(pair[0]), m.getInt(pair[1]), pair[0] + " agrees with the dashboard");
    }
    assertFormula(get(leader, "api/reports/ranking/weights").structure().asJsonArray(), before);
    // The ranking's drill-down: each component made of dashboard figures lists the unit's cases,
    // and the list totals are the counts the component was computed from.
    for (String[] link :
        new String[][] {
          {"REPLY_DUE", "replyDue"}, {"ON_TIME", "repliedOnTime"}, {"RATED", "rated"},
          {"SATISFIED", "satisfied"}, {"CLOSED_ONCE", "closedOnce"}, {"REOPENED", "reopened"}
        }) {
      JsonObject list =
          get(
                  leader,
                  "api/reports/cases?figure=" + link[0] + "&unit=" + market + "&" + window + asOf)
              .json();
      assertEquals(
          m.getInt(link[1]), list.getInt("total"), link[0] + " drill-down from the ranking");
    }
    rankingExportHasTheApisRows(base, window + asOf);

    ApiClient supervisor = apiAs("supervisor");
    ok(supervisor, c3, action("URGE", c3).add("note", "请加快办理"));
    long returned = record("NETIZEN_MESSAGE", market, null);
    ok(triage, returned, action("ACCEPT", returned));
    ok(triage, returned, action("DISPATCH", returned).add("leadUnitId", market));
    ok(unit, returned, action("RETURN_TO_TRIAGE", returned).add("note", "不属于本单位职责"));
    JsonObject after = marketRow(leader, window + asOf, market);
    assertEquals(
        m.getInt("supervisionActions") + 1,
        after.getJsonObject("measures").getInt("supervisionActions"));
    assertEquals(m.getInt("returned") + 1, after.getJsonObject("measures").getInt("returned"));
    assertEquals(m.getInt("dispatched") + 1, after.getJsonObject("measures").getInt("dispatched"));

    JsonArray weights = get(admin, "api/reports/ranking/weights").structure().asJsonArray();
    var onlyReplies = Json.createArrayBuilder();
    for (JsonValue w : weights) {
      String component = w.asJsonObject().getString("component");
      onlyReplies.add(
          Json.createObjectBuilder()
              .add("component", component)
              .add("weight", component.equals("ON_TIME_REPLY") ? 100 : 0)
              .add("version", w.asJsonObject().getJsonNumber("version").longValue()));
    }
    String body = onlyReplies.build().toString(); // a builder is empty after build()
    assertEquals(403, leader.put("api/reports/ranking/weights", body).status());
    Reply changed = admin.put("api/reports/ranking/weights", body);
    assertEquals(200, changed.status(), changed.toString());
    Reply stale = admin.put("api/reports/ranking/weights", body);
    assertEquals(409, stale.status(), "the versions read before the change are stale: " + stale);
    JsonObject replyOnly = marketRow(leader, window + asOf, market);
    assertEquals(
        replyOnly.getJsonObject("components").getJsonNumber("ON_TIME_REPLY").doubleValue(),
        replyOnly.getJsonNumber("score").doubleValue());
    var restore = Json.createArrayBuilder();
    for (JsonValue w : changed.structure().asJsonArray()) {
      String component = w.asJsonObject().getString("component");
      int original =
          weights.stream()
              .map(JsonValue::asJsonObject)
              .filter(o -> o.getString("component").equals(component))
              .findFirst()
              .orElseThrow()
              .getInt("weight");
      restore.add(
          Json.createObjectBuilder()
              .add("component", component)
              .add("weight", original)
              .add("version", w.asJsonObject().getJsonNumber("version").longValue()));
    }
    assertEquals(
        200, admin.put("api/reports/ranking/weights", restore.build().toString()).status());
  }

  /** The ranking's Excel export opens with POI and holds the API's rows, in the API's order. */
  private static void rankingExportHasTheApisRows(URL base, String query) {
    JsonArray rows =
        get(ApiClient.as(base, "leader", DemoAccounts.PASSWORD), "api/reports/ranking?" + query)
            .json()
            .getJsonArray("rows");
    assertTrue(rows.size() > 0, "the demo data ranks some units");
    String[] components = {
      "ON_TIME_SIGN_OFF", "ON_TIME_REPLY", "SATISFACTION", "REOPEN", "RETURNED", "SUPERVISION"
    };
    byte[] file = bytes(base, "leader", "api/reports/ranking.xlsx?" + query);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals("名次", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals("承办单位", sheet.getRow(0).getCell(1).getStringCellValue());
      assertEquals(rows.size(), sheet.getLastRowNum(), "one row per ranked unit after the header");
      for (int i = 0; i < rows.size(); i++) {
        JsonObject api = rows.getJsonObject(i);
        org.apache.poi.ss.usermodel.Row row = sheet.getRow(i + 1);
        assertEquals(
            api.getString("unitName"), row.getCell(1).getStringCellValue(), "row " + (i + 1));
        assertCell(number(api, "place"), row, 0);
        assertCell(number(api, "score"), row, 2);
        assertCell(number(api, "trend"), row, 3);
        JsonObject parts = api.getJsonObject("components");
        for (int k = 0; k < components.length; k++) {
          assertCell(number(parts, components[k]), row, 4 + k);
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Double number(JsonObject o, String name) {
    return !o.containsKey(name) || o.isNull(name) ? null : o.getJsonNumber(name).doubleValue();
  }

  private static void assertCell(Double expected, org.apache.poi.ss.usermodel.Row row, int column) {
    var cell = row.getCell(column);
    if (expected == null) {
      assertTrue(
          cell == null || cell.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK,
          "empty cell " + column);
    } else {
      assertEquals(expected, cell.getNumericCellValue(), 1e-9, "cell " + column);
    }
  }

  private static void assertFormula(JsonArray weights, JsonObject row) {
    double sum = 0;
    int weightSum = 0;
    JsonObject components = row.getJsonObject("components");
    for (JsonValue w : weights) {
      String component = w.asJsonObject().getString("component");
      if (components.containsKey(component)) {
        int weight = w.asJsonObject().getInt("weight");
        sum += weight * components.getJsonNumber(component).doubleValue();
        weightSum += weight;
      }
    }
    assertTrue(weightSum > 0, row.toString());
    assertEquals(
        Math.round(sum / weightSum * 10.0) / 10.0,
        row.getJsonNumber("score").doubleValue(),
        row.toString());
  }

  /**
   * Every figure and breakdown row of the city-wide dashboard equals its drill-down total. At "now"
   * the test's due dates are today or later, which are counted from the cases; eighty days on they
   * are past and come from the tallies.
   */
  private static void cityWideFiguresAgreeWithTheCases(ApiClient leader, String period) {
    JsonObject d = get(leader, "api/reports/dashboard?" + period).json();
    assertTrue(d.getInt("received") >= 6, "the test's cases are counted: " + d);
    Map<String, String> figures = new LinkedHashMap<>();
    figures.put("received", "RECEIVED");
    figures.put("closed", "CLOSED");
    figures.put("replyDue", "REPLY_DUE");
    figures.put("onTime", "ON_TIME");
    figures.put("overdue", "OVERDUE");
    figures.put("handled", "HANDLED");
    figures.put("rated", "RATED");
    figures.put("satisfied", "SATISFIED");
    figures.put("closedOnce", "CLOSED_ONCE");
    figures.put("reopened", "REOPENED");
    figures.forEach(
        (field, figure) ->
            assertEquals(
                d.getInt(field), total(leader, figure, null, period), field + " " + period));
    assertEquals(
        d.getInt("replyDue") - d.getInt("onTime"),
        total(leader, "LATE", null, period),
        "late " + period);
    String[][] tables = {
      {"byChannel", "CHANNEL"}, {"byStatus", "STATUS"}, {"byTopCategory", "CATEGORY"},
      {"bySecondCategory", "CATEGORY"}, {"byLeadUnit", "LEAD_UNIT"}, {"byDistrict", "DISTRICT"}
    };
    for (String[] table : tables) {
      Map<String, Long> rows = counts(d, table[0]);
      assertTrue(!rows.isEmpty(), table[0]);
      rows.forEach(
          (key, n) ->
              assertEquals(
                  n, total(leader, table[1], key, period), table[0] + " " + key + " " + period));
    }
  }

  private static long total(ApiClient who, String figure, String key, String period) {
    String query = "figure=" + figure + (key == null ? "" : "&key=" + key) + "&" + period;
    return get(who, "api/reports/cases?limit=1&" + query).json().getJsonNumber("total").longValue();
  }

  /**
   * The tallies the triggers kept (with the deltas not yet folded) equal every case's facts counted
   * again, before and after a fold, in one snapshot each.
   */
  private static void talliesAddUpToTheCases() throws SQLException {
    String kept =
        "SELECT fact, day, span, channel, label, unit_id, ref_id, flags, sum(n) FROM"
            + " case_tally_current GROUP BY fact, day, span, channel, label, unit_id, ref_id, flags"
            + " HAVING sum(n) <> 0";
    String differences = TallyChecks.differences(kept, "SELECT * FROM case_tally_recount");
    try (Connection db = TallyChecks.database("ReportsIT");
        Statement sql = db.createStatement()) {
      assertTrue(
          TallyChecks.single(
                  sql, "SELECT count(*) FROM case_tally_recount WHERE fact = 'SUPERVISION'")
              > 0,
          "an URGE is tallied");
      assertEquals(0, TallyChecks.single(sql, differences), "kept and recounted tallies differ");
      TallyChecks.single(sql, "SELECT case_tally_fold()");
      assertEquals(
          0,
          TallyChecks.single(sql, "SELECT count(*) FROM case_tally_delta"),
          "the fold moved every delta");
      assertEquals(
          0,
          TallyChecks.single(sql, differences),
          "kept and recounted tallies differ after the fold");
    }
  }

  private static JsonObject marketRow(ApiClient who, String query, long market) {
    return get(who, "api/reports/ranking?" + query).json().getJsonArray("rows").stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getJsonNumber("unitId").longValue() == market)
        .findFirst()
        .orElseThrow(() -> new AssertionError("the lead unit is not ranked"));
  }

  private void agree(
      ApiClient who, String figure, String key, String period, long expected, long... ids)
      throws IOException {
    String query = "figure=" + figure + (key == null ? "" : "&key=" + key) + "&" + period;
    JsonObject list = get(who, "api/reports/cases?limit=200&" + query).json();
    assertEquals(expected, list.getInt("total"), figure + " drill-down total");
    JsonArray items = list.getJsonArray("items");
    assertEquals(ids.length, items.size(), figure + " " + items);
    for (long id : ids) {
      assertTrue(
          items.stream().anyMatch(i -> i.asJsonObject().getJsonNumber("id").longValue() == id),
          figure + " lists case " + id);
    }
    byte[] file = bytes(onLoopback(), "leader", "api/reports/cases.xlsx?" + query);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      assertEquals(
          expected, book.getSheetAt(0).getLastRowNum(), figure + " export rows after the header");
    }
  }

  private static byte[] bytes(URL base, String user, String path) {
    try {
      HttpResponse<byte[]> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                      .header(
                          "Authorization",
                          "Basic "
                              + Base64.getEncoder()
                                  .encodeToString(
                                      (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, response.statusCode(), path);
      assertTrue(
          response.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
      return response.body();
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private static Reply get(ApiClient who, String path) {
    Reply reply = who.get(path);
    assertEquals(200, reply.status(), reply.toString());
    return reply;
  }

  private static Map<String, Long> counts(JsonObject dashboard, String table) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (JsonValue row : dashboard.getJsonArray(table)) {
      counts.put(
          row.asJsonObject().getString("key"),
          row.asJsonObject().getJsonNumber("count").longValue());
    }
    return counts;
  }

  private void dispatchAndReply(long id, long lead) {
    ok(triage, id, action("ACCEPT", id));
    ok(triage, id, action("DISPATCH", id).add("leadUnitId", lead));
    ok(unit, id, action("SIGN_FOR", id));
    ok(unit, id, action("SUBMIT_REPLY", id).add("reply", "已办理。"));
  }

  private long record(String channel, long concernedUnitId, Long categoryId) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("channel", channel)
            .add("title", "统计测试 " + UUID.randomUUID())
            .add("content", "内容")
            .add("concernedUnitId", concernedUnitId);
    if (categoryId != null) {
      body.add("categoryId", categoryId);
    }
    Reply recorded = triage.post("api/cases", body.build().toString());
    assertEquals(201, recorded.status(), recorded.toString());
    return recorded.json().getJsonNumber("id").longValue();
  }

  private JsonObjectBuilder action(String name, long id) {
    return Json.createObjectBuilder()
        .add("action", name)
        .add("version", triage.get("api/cases/" + id).json().getJsonNumber("version").longValue());
  }

  private static void ok(ApiClient who, long id, JsonObjectBuilder command) {
    Reply reply = who.post("api/cases/" + id + "/actions", command.build().toString());
    assertEquals(200, reply.status(), reply.toString());
  }
}
