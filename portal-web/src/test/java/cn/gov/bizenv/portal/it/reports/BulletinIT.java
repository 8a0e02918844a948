package cn.gov.bizenv.portal.it.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.Json;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The supervision bulletin end to end through the API: a supervisor drafts it over seeded cases, a
 * leader sends it back and then approves it; its headline figures equal the dashboard's for the
 * same period and moment; after the data changes the approved bulletin is unchanged while the
 * dashboard moves; its Excel and PDF hold the same content with Chinese text; the archive lists it.
 */
class BulletinIT extends PortalIT {
  static final String PASSWORD = DemoAccounts.PASSWORD;
  static final String MARKET = "市市场监督管理局";
  static final String[] FIGURES = {
    "received",
    "closed",
    "replyDue",
    "onTime",
    "onTimeRate",
    "overdue",
    "rated",
    "satisfied",
    "satisfactionRate"
  };

  URL base;
  ApiClient triage;
  ApiClient unit;

  @Test
  void draftedApprovedFrozenAndExported() throws IOException {
    base = onLoopback();
    triage = apiAs("triage");
    unit = apiAs("unit");
    ApiClient admin = apiAs("admin");
    ApiClient supervisor = apiAs("supervisor");
    ApiClient leader = apiAs("leader");
    Reply created =
        admin.post(
            "api/units",
            "{\"name\":\"通报测试区"
                + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"kind\":\"COUNTY_OR_DISTRICT\"}");
    assertEquals(201, created.status(), created.toString());
    long district = created.json().getJsonNumber("id").longValue();
    long market = triage.unitId(MARKET);

    long c1 = record(district);
    dispatch(c1, market);
    long c2 = record(district);
    dispatch(c2, market);
    ok(supervisor, c1, action("URGE", c1).add("note", "请加快办理"));

    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    LocalDate from = today.minusDays(1); // around midnight a case may be received "yesterday"
    LocalDate to = today.plusDays(30);
    String title = "督查通报" + UUID.randomUUID().toString().substring(0, 6);
    String draft = draft(title, from, to, "本期按语", "{\"caseId\":" + c1 + ",\"remark\":\"请重点督办\"}");

    assertEquals(
        403, leader.post("api/bulletins", draft).status(), "leaders approve, they do not draft");
    assertEquals(403, unit.get("api/bulletins").status(), "unit handlers see no bulletins");
    Reply outside =
        supervisor.post("api/bulletins", draft(title, from, to, null, "{\"caseId\":999999999}"));
    assertEquals(400, outside.status(), outside.toString());
    Reply reversed = supervisor.post("api/bulletins", draft(title, to, from, null, null));
    assertEquals(400, reversed.status(), reversed.toString());

    Reply drafted = supervisor.post("api/bulletins", draft);
    assertEquals(201, drafted.status(), drafted.toString());
    JsonObject b = drafted.json();
    long id = summary(b).getJsonNumber("id").longValue();
    assertEquals("DRAFT", summary(b).getString("status"));
    assertFalse(b.getBoolean("frozen"));
    JsonObject notable = b.getJsonObject("content").getJsonArray("notableCases").getJsonObject(0);
    assertEquals(c1, notable.getJsonNumber("caseId").longValue());
    assertEquals("请重点督办", notable.getString("remark"));
    assertTrue(b.getJsonObject("content").getBoolean("notableChosen"));

    Reply early = leader.post("api/bulletins/" + id + "/approval?version=" + version(b), "");
    assertEquals(422, early.status(), "a draft cannot be approved: " + early);
    b = ok(supervisor.post("api/bulletins/" + id + "/submission?version=" + version(b), ""));
    assertEquals("SUBMITTED", summary(b).getString("status"));
    Reply noReason = leader.post("api/bulletins/" + id + "/return?version=" + version(b), "{}");
    assertEquals(400, noReason.status(), noReason.toString());
    b =
        ok(
            leader.post(
                "api/bulletins/" + id + "/return?version=" + version(b),
                "{\"reason\":\"请补充超期原因\"}"));
    assertEquals("DRAFT", summary(b).getString("status"));
    assertEquals("请补充超期原因", b.getString("returnReason"));
    Reply stale = supervisor.put("api/bulletins/" + id + "?version=0", draft);
    assertEquals(409, stale.status(), stale.toString());
    b =
        ok(
            supervisor.put(
                "api/bulletins/" + id + "?version=" + version(b),
                draft(
                    title,
                    from,
                    to,
                    "本期按语（已补充超期原因）",
                    "{\"caseId\":" + c1 + ",\"remark\":\"请重点督办\"}")));
    b = ok(supervisor.post("api/bulletins/" + id + "/submission?version=" + version(b), ""));
    assertEquals(
        403,
        supervisor.post("api/bulletins/" + id + "/approval?version=" + version(b), "").status());
    JsonObject approved =
        ok(leader.post("api/bulletins/" + id + "/approval?version=" + version(b), ""));
    assertEquals("APPROVED", summary(approved).getString("status"));
    assertTrue(approved.getBoolean("frozen"));
    JsonObject frozen = approved.getJsonObject("content");
    assertEquals("本期按语（已补充超期原因）", frozen.getString("foreword"));

    // The headline figures are the dashboard's for the same period at the same moment.
    String period = "from=" + from + "&to=" + to;
    JsonObject dashboard =
        ok(leader.get("api/reports/dashboard?" + period + "&asOf=" + frozen.getString("asOf")));
    JsonObject figures = frozen.getJsonObject("figures");
    for (String figure : FIGURES) {
      assertEquals(dashboard.get(figure), figures.get(figure), figure + " equals the dashboard's");
    }
    assertTrue(figures.getInt("received") >= 2, figures.toString());
    JsonObject urged = row(frozen, "supervisedUnits", "unitId", market);
    assertTrue(urged.getInt("urges") >= 1, urged.toString());
    assertEquals(MARKET, row(frozen, "ranking", "unitId", market).getString("unitName"));

    // New cases, a supervision action and a closure later, the approved bulletin is as it was.
    long c3 = record(district);
    dispatch(c3, market);
    ok(supervisor, c2, action("URGE", c2).add("note", "再次催办"));
    ok(unit, c1, action("SUBMIT_REPLY", c1).add("reply", "已办理。"));
    ok(triage, c1, action("APPROVE_REPLY_AND_CLOSE", c1).add("outcome", "SOLVED"));
    JsonObject moved = ok(leader.get("api/reports/dashboard?" + period));
    assertEquals(figures.getInt("received") + 1, moved.getInt("received"), "the data did change");
    assertNotEquals(figures.getInt("closed"), moved.getInt("closed"));
    JsonObject again = ok(leader.get("api/bulletins/" + id));
    assertEquals(frozen, again.getJsonObject("content"), "an approved bulletin never changes");
    assertEquals(frozen, ok(supervisor.get("api/bulletins/" + id)).getJsonObject("content"));
    Reply revise = supervisor.put("api/bulletins/" + id + "?version=" + version(again), draft);
    assertEquals(422, revise.status(), "approved content is frozen: " + revise);

    JsonObject archive = ok(leader.get("api/bulletins?limit=200"));
    assertTrue(
        archive.getJsonArray("items").stream()
            .anyMatch(i -> i.asJsonObject().getJsonNumber("id").longValue() == id),
        "the archive lists approved bulletins by default");
    assertTrue(
        archive.getJsonArray("items").stream()
            .allMatch(i -> i.asJsonObject().getString("status").equals("APPROVED")));

    byte[] xlsx = bytes("api/bulletins/" + id + "/bulletin.xlsx", "spreadsheetml");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet summary = book.getSheetAt(0);
      assertEquals(title, summary.getRow(0).getCell(1).getStringCellValue());
      assertEquals("受理量", summary.getRow(5).getCell(0).getStringCellValue());
      assertEquals(
          figures.getInt("received"), (int) summary.getRow(5).getCell(1).getNumericCellValue());
      assertEquals(
          frozen.getJsonArray("ranking").size(), book.getSheet("承办单位评价考核排名").getLastRowNum());
      assertEquals(
          frozen.getJsonArray("supervisedUnits").size(),
          book.getSheet("被催办、督办、通报、问责的单位").getLastRowNum());
      assertEquals("请重点督办", book.getSheet("重点案件").getRow(1).getCell(6).getStringCellValue());
    }
    byte[] pdf = bytes("api/bulletins/" + id + "/bulletin.pdf", "application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
      assertTrue(text.contains("督查通报"), text);
      assertTrue(text.contains(title), text);
      assertTrue(text.contains(MARKET), text);
      assertTrue(text.contains("请重点督办"), text);
    }

    coverage(leader, period);
  }

  /** Coverage is composed from chief service and case tracking; its parts add up. */
  private void coverage(ApiClient leader, String period) {
    JsonObject c = ok(leader.get("api/reports/coverage?" + period));
    JsonObject cov = c.getJsonObject("coverage");
    assertTrue(cov.getInt("firmsVisited") <= cov.getInt("firmsDue"), cov.toString());
    int held = 0;
    int raised = 0;
    for (JsonValue o : cov.getJsonArray("officers")) {
      held += o.asJsonObject().getInt("visitsHeld");
      raised += o.asJsonObject().getInt("problemsRaised");
    }
    assertEquals(cov.getInt("visitsHeld"), held);
    assertEquals(cov.getInt("problemsRaised"), raised);
    assertTrue(cov.getInt("takenUp") <= cov.getInt("pushed"));
    JsonObject dashboard = ok(leader.get("api/reports/dashboard?" + period));
    long firmRequests =
        dashboard.getJsonArray("byChannel").stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getString("key").equals("FIRM_REQUEST"))
            .mapToLong(r -> r.getJsonNumber("count").longValue())
            .sum();
    assertEquals(firmRequests, c.getJsonNumber("firmRequests").longValue());
    JsonObject solved = ok(leader.get("api/reports/cases?figure=FIRM_REQUEST_SOLVED&" + period));
    assertEquals(solved.getInt("total"), c.getInt("firmRequestsSolved"));
    assertEquals(
        403,
        triage.get("api/reports/coverage?" + period).status(),
        "officers' work is not triage's");
  }

  private static String draft(
      String title, LocalDate from, LocalDate to, String foreword, String notable) {
    return "{\"title\":\""
        + title
        + "\",\"periodKind\":\"CUSTOM\",\"from\":\""
        + from
        + "\",\"to\":\""
        + to
        + "\""
        + (foreword == null ? "" : ",\"foreword\":\"" + foreword + "\"")
        + (notable == null ? "" : ",\"notable\":[" + notable + "]")
        + "}";
  }

  private static JsonObject row(JsonObject content, String table, String idField, long id) {
    return content.getJsonArray(table).stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getJsonNumber(idField).longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError(table + " lacks " + id + ": " + content));
  }

  private static JsonObject summary(JsonObject bulletin) {
    return bulletin.getJsonObject("summary");
  }

  private static long version(JsonObject bulletin) {
    return summary(bulletin).getJsonNumber("version").longValue();
  }

  private static JsonObject ok(Reply reply) {
    assertEquals(200, reply.status(), reply.toString());
    return reply.json();
  }

  private byte[] bytes(String path, String type) {
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
                                      ("leader:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(
          200,
          response.statusCode(),
          path + " " + new String(response.body(), StandardCharsets.UTF_8));
      assertTrue(response.headers().firstValue("Content-Type").orElse("").contains(type));
      return response.body();
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private void dispatch(long id, long lead) {
    ok(triage, id, action("ACCEPT", id));
    ok(triage, id, action("DISPATCH", id).add("leadUnitId", lead));
    ok(unit, id, action("SIGN_FOR", id));
  }

  private long record(long concernedUnitId) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("channel", "NETIZEN_MESSAGE")
            .add("title", "通报测试 " + UUID.randomUUID())
            .add("content", "内容")
            .add("concernedUnitId", concernedUnitId);
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
