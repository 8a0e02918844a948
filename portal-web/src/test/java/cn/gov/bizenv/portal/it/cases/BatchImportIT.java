package cn.gov.bizenv.portal.it.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
import cn.gov.bizenv.portal.it.TestFiles;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Intake over the API: a batch of assigned cases (上级交办) previewed with its bad row, refused as a
 * whole, imported valid rows only, and found again by its batch; a deputy's suggestion that needs
 * its reference; the writer's contact data masked for readers outside the office; the leaders'
 * reports filtered by the batch.
 */
public class BatchImportIT extends PortalIT {
  static final String PASSWORD = DemoAccounts.PASSWORD;
  static final String XLSX = TestFiles.XLSX;
  static final String SOURCE = "省政府督查室 2026-15号";
  public static final String[] HEADER = {"标题", "内容", "涉及单位", "分类编码", "姓名", "电话", "身份证号"};

  ApiClient triage;
  ApiClient admin;
  ApiClient leader;
  ApiClient unit;

  @BeforeEach
  void clients() {
    URL base = onLoopback();
    triage = apiAs("triage");
    admin = apiAs("admin");
    leader = apiAs("leader");
    unit = apiAs("unit");
  }

  @Test
  void aBatchWithABadRowIsPreviewedRefusedAndThenImportedValidRowsOnly() throws IOException {
    String marker = "交办" + suffix();
    byte[] workbook =
        TestFiles.workbook(
            HEADER,
            new String[] {marker + "甲", "某企业反映审批慢", "华龙区", "", "张三", "13812345678", ""},
            new String[] {marker + "乙", "某路段积水", "不存在的局", "", "李四", "123", ""},
            new String[] {marker + "丙", "涉企收费不规范", "市市场监督管理局", "", "", "", ""});

    Reply preview = triage.post("api/cases/import/preview", XLSX, workbook);
    assertEquals(200, preview.status(), preview.toString());
    JsonObject body = preview.json();
    assertEquals(2, body.getInt("validRows"));
    assertEquals(1, body.getInt("invalidRows"));
    JsonObject bad = body.getJsonArray("rows").getJsonObject(1);
    assertEquals(3, bad.getInt("rowNumber"));
    assertFalse(bad.getBoolean("valid"));
    JsonArray problems = bad.getJsonArray("problems");
    assertEquals(
        Set.of("unit", "writerPhone"),
        problems.stream()
            .map(p -> p.asJsonObject().getString("column"))
            .collect(Collectors.toSet()));
    JsonObject unknownUnit = problem(problems, "unit");
    assertEquals("batch.unit.unknown", unknownUnit.getString("code"));
    assertEquals("找不到单位\"不存在的局\"，请填写系统中已启用单位的全称。", unknownUnit.getString("message"));
    assertEquals(0, casesNamed(marker), "the preview stores nothing");

    Reply all = triage.post("api/cases/import?source=" + encode(SOURCE), XLSX, workbook);
    assertEquals(422, all.status(), all.toString());
    assertEquals("import.invalidRows", all.json().getString("code"));
    assertEquals(0, casesNamed(marker), "all or nothing");

    Reply noSource = triage.post("api/cases/import?mode=VALID_ROWS", XLSX, workbook);
    assertEquals(400, noSource.status(), noSource.toString());
    assertEquals(
        "sourceDocument",
        noSource.json().getJsonArray("fields").getJsonObject(0).getString("field"));
    assertEquals(0, casesNamed(marker));

    assertEquals(403, leader.post("api/cases/import/preview", XLSX, workbook).status());
    assertEquals(
        403, unit.post("api/cases/import?mode=VALID_ROWS&source=x", XLSX, workbook).status());

    Reply imported =
        admin.post("api/cases/import?mode=VALID_ROWS&source=" + encode(SOURCE), XLSX, workbook);
    assertEquals(201, imported.status(), imported.toString());
    JsonObject outcome = imported.json();
    assertEquals(2, outcome.getInt("imported"));
    assertEquals(1, outcome.getInt("skipped"));
    assertEquals(SOURCE, outcome.getString("sourceDocument"));
    String batchNumber = outcome.getString("batchNumber");
    assertTrue(batchNumber.matches("\\d{4}PC\\d{6}"), batchNumber);
    long batchId = outcome.getJsonNumber("batchId").longValue();

    // The batch's cases, and only they, are found by the batch filter, oldest first in the inbox.
    Reply byBatch = triage.get("api/cases?batch=" + batchId + "&inbox=true");
    assertEquals(200, byBatch.status(), byBatch.toString());
    JsonArray items = byBatch.json().getJsonArray("items");
    assertEquals(2, byBatch.json().getInt("total"));
    assertEquals(
        List.of(marker + "甲", marker + "丙"),
        items.stream().map(i -> i.asJsonObject().getString("title")).toList());
    for (JsonValue item : items) {
      JsonObject row = item.asJsonObject();
      assertEquals("ASSIGNED_BY_HIGHER_AUTHORITY", row.getString("channel"));
      assertEquals("NEW", row.getString("status"));
      assertEquals(batchNumber, row.getString("batchNumber"));
      assertEquals(0, row.getInt("workingDaysSinceReceipt"), "received today");
    }
    assertEquals(0, triage.get("api/cases?batch=" + (batchId + 1)).json().getInt("total"));

    long first = items.getJsonObject(0).getJsonNumber("id").longValue();
    JsonObject detail = triage.get("api/cases/" + first).json();
    assertEquals(batchId, detail.getJsonNumber("batchId").longValue());
    assertEquals(SOURCE, detail.getString("batchSource"));
    assertEquals("13812345678", detail.getJsonObject("writer").getString("phone"));
    assertFalse(detail.getJsonObject("writer").getBoolean("masked"));
    JsonObject forLeader = leader.get("api/cases/" + first).json().getJsonObject("writer");
    assertEquals("138****5678", forLeader.getString("phone"));
    assertEquals("张*", forLeader.getString("name"));
    assertTrue(forLeader.getBoolean("masked"));

    JsonArray batches = triage.get("api/cases/import/batches").structure().asJsonArray();
    JsonObject listed =
        batches.stream()
            .map(JsonValue::asJsonObject)
            .filter(b -> b.getJsonNumber("id").longValue() == batchId)
            .findFirst()
            .orElseThrow(() -> new AssertionError("batch not listed: " + batches));
    assertEquals(2, listed.getInt("caseCount"));

    reportsFilteredByTheBatch(batchId, marker);

    Reply template = triage.get("api/cases/import/template");
    assertEquals(200, template.status());
    assertTrue(template.contentType().startsWith(XLSX), template.contentType());
  }

  /**
   * The leaders' reports filtered by the batch count exactly its cases (received today, still NEW),
   * and the drill-down list and its export agree with the dashboard.
   */
  private void reportsFilteredByTheBatch(long batchId, String marker) throws IOException {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String period = "from=" + today + "&to=" + today;
    JsonArray offered = leader.get("api/reports/batches").structure().asJsonArray();
    assertTrue(
        offered.stream().anyMatch(b -> b.asJsonObject().getJsonNumber("id").longValue() == batchId),
        "the leader can choose the batch: " + offered);

    JsonObject all = leader.get("api/reports/dashboard?" + period).json();
    Reply filtered = leader.get("api/reports/dashboard?" + period + "&batch=" + batchId);
    assertEquals(200, filtered.status(), filtered.toString());
    JsonObject d = filtered.json();
    assertEquals(2, d.getInt("received"), "exactly the batch's cases");
    assertTrue(all.getInt("received") >= d.getInt("received"));
    assertEquals(batchId, d.getJsonObject("period").getJsonNumber("batchId").longValue());
    assertEquals(0, d.getInt("closed"));
    JsonArray channels = d.getJsonArray("byChannel");
    assertEquals(1, channels.size(), channels.toString());
    assertEquals("ASSIGNED_BY_HIGHER_AUTHORITY", channels.getJsonObject(0).getString("key"));
    assertEquals(2, channels.getJsonObject(0).getInt("count"));

    for (String[] figure : new String[][] {{"RECEIVED", ""}, {"STATUS", "&key=NEW"}}) {
      String query = "figure=" + figure[0] + figure[1] + "&" + period + "&batch=" + batchId;
      JsonObject list = leader.get("api/reports/cases?limit=200&" + query).json();
      assertEquals(2, list.getInt("total"), figure[0] + " drill-down total == dashboard count");
      assertTrue(
          list.getJsonArray("items").stream()
              .allMatch(i -> i.asJsonObject().getString("title").startsWith(marker)),
          list.toString());
      HttpResponse<byte[]> file = leader.download("api/reports/cases.xlsx?" + query);
      assertEquals(200, file.statusCode());
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
        assertEquals(2, book.getSheetAt(0).getLastRowNum(), figure[0] + " export rows");
      }
    }
    HttpResponse<byte[]> dashboardBook =
        leader.download("api/reports/dashboard.xlsx?" + period + "&batch=" + batchId);
    assertEquals(200, dashboardBook.statusCode());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(dashboardBook.body()))) {
      assertEquals(2.0, book.getSheetAt(0).getRow(2).getCell(1).getNumericCellValue(), "受理量");
    }
    assertEquals(
        0,
        leader
            .get("api/reports/dashboard?" + period + "&batch=" + (batchId + 1))
            .json()
            .getInt("received"),
        "another batch's figures do not include these cases");
  }

  @Test
  void aDeputysSuggestionNeedsItsDeputyNumberAndSession() {
    long huaLong = triage.unitId("华龙区");
    Reply missing =
        triage.post(
            "api/cases",
            Json.createObjectBuilder()
                .add("channel", "DEPUTY_SUGGESTION")
                .add("title", "关于优化营商环境的建议 " + suffix())
                .add("content", "建议简化审批流程。")
                .add("concernedUnitId", huaLong)
                .add("proposalSession", "2026年会议")
                .build()
                .toString());
    assertEquals(400, missing.status(), missing.toString());
    assertEquals(
        Set.of("proposerName", "proposalNumber", "proposalSession"),
        missing.json().getJsonArray("fields").stream()
            .map(f -> f.asJsonObject().getString("field"))
            .collect(Collectors.toSet()));

    Reply recorded =
        triage.post(
            "api/cases",
            Json.createObjectBuilder()
                .add("channel", "DEPUTY_SUGGESTION")
                .add("title", "关于优化营商环境的建议 " + suffix())
                .add("content", "建议简化审批流程。")
                .add("concernedUnitId", huaLong)
                .add("proposerName", "王红")
                .add("proposalNumber", "0123")
                .add("proposalSession", "十七届三次会议")
                .add("writerName", "王红")
                .add("writerPhone", "0393-8888888")
                .build()
                .toString());
    assertEquals(201, recorded.status(), recorded.toString());
    JsonObject detail = triage.get(recorded.location().replaceFirst(".*/api/", "api/")).json();
    assertEquals("王红", detail.getString("proposerName"));
    assertEquals("0123", detail.getString("proposalNumber"));
    assertEquals("十七届三次会议", detail.getString("proposalSession"));
    assertNotNull(detail.getJsonObject("writer"));

    Reply wrongChannel =
        triage.post(
            "api/cases",
            Json.createObjectBuilder()
                .add("channel", "MAYOR_MAILBOX")
                .add("title", "标题 " + suffix())
                .add("content", "内容")
                .add("concernedUnitId", huaLong)
                .add("proposalNumber", "0123")
                .add("writerIdNumber", "110105194912310021")
                .build()
                .toString());
    assertEquals(400, wrongChannel.status(), wrongChannel.toString());
    assertEquals(
        Set.of("proposalNumber", "writerIdNumber"),
        wrongChannel.json().getJsonArray("fields").stream()
            .map(f -> f.asJsonObject().getString("field"))
            .collect(Collectors.toSet()));
  }

  private int casesNamed(String marker) {
    return triage.get("api/cases?q=" + encode(marker)).json().getInt("total");
  }

  private static JsonObject problem(JsonArray problems, String column) {
    return problems.stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getString("column").equals(column))
        .findFirst()
        .orElseThrow();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
