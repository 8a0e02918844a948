package cn.gov.bizenv.portal.it.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Routing suggestions black-box over HTTP: who may ask, the answer's shape before and after
 * training, an import of examples with refused rows, retraining, default units and the record of
 * whether a dispatch took the suggestion. The examples are written here: street lamps under 城乡建设 /
 * 城市建设和市政管理 / 城市公共设施 led by 市住房和城乡建设局, school fees under 教育文体 / 教育收费 / 乱收费, and unpaid wages
 * labelled only 劳动和社会保障.
 */
class TriageIT extends PortalIT {
  static final String CSV = "text/csv; charset=UTF-8";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String LAMP = "人民路路灯不亮";

  static final String[] LAMPS = {
    "小区门口的路灯坏了一个月没人修", "人民路的路灯晚上不亮，行人摔倒", "街道照明路灯线路老化，时亮时灭", "路灯杆被车撞歪了一直没扶正",
    "新修道路没有安装路灯，夜里漆黑", "路灯闪烁多日，请尽快维修路灯", "桥下路灯全部熄灭，存在安全隐患", "公园路灯损坏，晚上散步看不见路"
  };
  static final String[] FEES = {
    "学校要求学生购买指定教辅资料并收费", "学校收取补课费，家长负担重", "学校强制收取校服费和资料费", "学校以赞助费名义向家长收费",
    "学校收取不合理的住宿费用", "学校乱收费，开学要交各种杂费", "学校收取择校费", "学校代收保险费不开发票"
  };
  static final String[] WAGES = {
    "工地老板拖欠农民工工资半年", "公司三个月没发工资，员工讨薪无门", "包工头跑路，工人工资无人支付", "工厂拖欠加班工资不给",
    "单位拖欠离职员工工资", "老板拖欠工资还威胁工人", "装修公司拖欠工人工资", "物流公司拖欠司机工资"
  };

  @Test
  void onlyTheirRolesMayAskTrainAndImport() {
    String request = "{\"title\":\"" + LAMP + "\",\"content\":\"路灯坏了\"}";
    assertEquals(
        401, ApiClient.anonymous(onLoopback()).post("api/triage/suggestions", request).status());
    assertEquals(403, apiAs("unit").post("api/triage/suggestions", request).status());
    assertEquals(403, apiAs("leader").post("api/triage/suggestions", request).status());
    assertEquals(200, apiAs("supervisor").post("api/triage/suggestions", request).status());
    ApiClient triage = apiAs("triage");
    assertEquals(200, triage.post("api/triage/suggestions", request).status());
    assertEquals(
        403,
        triage
            .post(
                "api/triage/training-examples",
                CSV,
                csv("01,标题,内容").getBytes(StandardCharsets.UTF_8))
            .status());
    assertEquals(403, triage.post("api/triage/model/retrain", "").status());
    assertEquals(403, triage.get("api/triage/model").status());
    assertEquals(403, triage.get("api/triage/default-units").status());
    assertEquals(200, apiAs("leader").get("api/triage/acceptance").status());
  }

  @Test
  void aSuggestionHasTheAgreedShapeAndTheFirstLevelAlways() {
    Reply reply = apiAs("triage").post("api/triage/suggestions", "{\"title\":\"随便写的标题\"}");
    assertEquals(200, reply.status(), reply.toString());
    JsonObject answer = reply.json();
    assertTrue(answer.containsKey("modelVersion"));
    assertTrue(answer.get("similar") instanceof JsonArray, answer.toString());
    JsonArray categories = answer.getJsonArray("categories");
    long firstLevel =
        categories.stream().filter(c -> c.asJsonObject().getInt("level") == 1).count();
    assertTrue(firstLevel >= 1 && firstLevel <= 3, categories.toString());
    for (JsonValue value : categories) {
      JsonObject category = value.asJsonObject();
      for (String key : List.of("id", "code", "path", "level", "score", "reason")) {
        assertTrue(category.containsKey(key), key + " in " + category);
      }
    }
    for (JsonValue value : answer.getJsonArray("units")) {
      for (String key : List.of("id", "name", "score", "reason")) {
        assertTrue(value.asJsonObject().containsKey(key), key + " in " + value);
      }
    }
    Reply empty =
        apiAs("triage").post("api/triage/suggestions", "{\"title\":\" \",\"content\":\"\"}");
    assertEquals(400, empty.status(), empty.toString());
    assertEquals("title", empty.json().getJsonArray("fields").getJsonObject(0).getString("field"));
    Reply unknownUnit =
        apiAs("triage")
            .post("api/triage/suggestions", "{\"title\":\"路灯\",\"concernedUnitId\":987654321}");
    assertEquals(400, unknownUnit.status(), unknownUnit.toString());
    assertEquals(
        "concernedUnitId",
        unknownUnit.json().getJsonArray("fields").getJsonObject(0).getString("field"));
  }

  /** The suggestions name the recorded case about the same problem, from the search index. */
  @Test
  void aSuggestionNamesTheOpenCaseAboutTheSameProblem() throws InterruptedException {
    ApiClient triage = apiAs("triage");
    String place = "建设路" + java.util.UUID.randomUUID().toString().substring(0, 4) + "号";
    long district = triage.unitId("华龙区");
    Reply recorded =
        triage.post(
            "api/cases",
            jakarta.json.Json.createObjectBuilder()
                .add("channel", "NETIZEN_MESSAGE")
                .add("title", place + "门口路灯连续一周不亮")
                .add("content", place + "门口的三盏路灯连续一周晚上不亮，行人夜间出行不便，请尽快维修。")
                .add("concernedUnitId", district)
                .build()
                .toString());
    assertEquals(201, recorded.status(), recorded.toString());
    long caseId = recorded.json().getJsonNumber("id").longValue();
    String paraphrase =
        jakarta.json.Json.createObjectBuilder()
            .add("title", place + "路灯不亮")
            .add("content", "反映" + place + "门口路灯一周都不亮，晚上行人看不清路，希望维修路灯。")
            .add("concernedUnitId", district)
            .build()
            .toString();
    JsonObject match = null;
    for (int tries = 0; tries < 40 && match == null; tries++) {
      JsonArray similar =
          triage.post("api/triage/suggestions", paraphrase).json().getJsonArray("similar");
      match =
          similar.stream()
              .map(JsonValue::asJsonObject)
              .filter(c -> c.getJsonNumber("caseId").longValue() == caseId)
              .findFirst()
              .orElse(null);
      if (match == null) {
        Thread.sleep(250); // the index is fed after the commit
      }
    }
    assertTrue(match != null, "the recorded case is suggested as similar");
    assertEquals(recorded.json().getString("trackingNumber"), match.getString("trackingNumber"));
    assertEquals("NETIZEN_MESSAGE", match.getString("channel"));
    assertTrue(match.containsKey("title") && match.containsKey("status"), match.toString());
    assertTrue(match.getJsonNumber("score").doubleValue() > 0, match.toString());
    assertTrue(
        apiAs("admin")
            .post("api/triage/suggestions", paraphrase)
            .json()
            .getJsonArray("similar")
            .isEmpty(),
        "administrators do not read cases");
  }

  @Test
  void importedExamplesTrainAModelThatSuggestsCategoryAndUnitWithReasons() {
    ApiClient admin = apiAs("admin");
    long before = admin.get("api/triage/model").json().getJsonNumber("version").longValue();
    StringBuilder rows = new StringBuilder();
    for (String lamp : LAMPS) {
      rows.append("01.02.004,路灯故障,\"").append(lamp).append("\",市住房和城乡建设局\n");
    }
    for (String fee : FEES) {
      rows.append("教育文体/教育收费/乱收费,学校收费,").append(fee).append('\n');
    }
    rows.append("01.02.004,路灯,\"含逗号，和\"\"引号\"\"\n的内容\",\n"); // quoted, multi-line: accepted
    rows.append("99.99,标题,内容,\n"); // unknown code
    rows.append("其他,标题,内容,\n"); // a name many categories bear
    rows.append("01.02.004,标题,内容,不存在的单位\n");
    rows.append("01.02.004,,,\n");
    Reply imported =
        admin.post(
            "api/triage/training-examples",
            CSV,
            csv(rows.toString()).getBytes(StandardCharsets.UTF_8));
    assertEquals(200, imported.status(), imported.toString());
    JsonObject report = imported.json();
    assertEquals(LAMPS.length + FEES.length + 1, report.getInt("accepted"), report.toString());
    assertEquals(4, report.getInt("refused"), report.toString());
    List<String> codes =
        report.getJsonArray("refusedRows").stream()
            .map(
                row ->
                    row.asJsonObject().getJsonArray("problems").getJsonObject(0).getString("code"))
            .toList();
    assertEquals(
        List.of(
            "triage.example.label.unknown",
            "triage.example.label.ambiguous",
            "triage.example.unit.unknown",
            "triage.example.text.required"),
        codes);
    assertTrue(
        report
            .getJsonArray("refusedRows")
            .getJsonObject(1)
            .getJsonArray("problems")
            .getJsonObject(0)
            .getString("message")
            .contains("其他"));

    // The workbook: unpaid wages labelled at the first level only.
    Reply workbook = admin.post("api/triage/training-examples", XLSX, workbook(WAGES));
    assertEquals(200, workbook.status(), workbook.toString());
    assertEquals(WAGES.length, workbook.json().getInt("accepted"));

    Reply preview =
        admin.post(
            "api/triage/training-examples?dryRun=true",
            CSV,
            csv("15,工资,拖欠工资\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(1, preview.json().getInt("accepted"));
    assertTrue(preview.json().getBoolean("dryRun"));

    Reply retrained = admin.post("api/triage/model/retrain", "");
    assertEquals(200, retrained.status(), retrained.toString());
    JsonObject model = retrained.json();
    long version = model.getJsonNumber("version").longValue();
    assertTrue(version > before, model.toString());
    assertTrue(
        model.getInt("examples") >= LAMPS.length + FEES.length + WAGES.length + 1,
        model.toString());
    assertFalse(model.isNull("trainedAt"));
    assertFalse(model.isNull("crossValidatedAccuracy"), "enough examples to cross-validate");
    assertEquals(model, admin.get("api/triage/model").json());

    JsonObject lamp = suggest("{\"title\":\"" + LAMP + "\",\"content\":\"我家楼下的路灯坏了，晚上不亮\"}");
    assertEquals(version, lamp.getJsonNumber("modelVersion").longValue());
    JsonObject top = first(lamp.getJsonArray("categories"), 1);
    assertEquals("01", top.getString("code"), lamp.toString());
    assertTrue(top.getString("reason").contains("路灯"), top.getString("reason"));
    assertEquals(
        "01.02.004", first(lamp.getJsonArray("categories"), 3).getString("code"), lamp.toString());
    assertEquals(
        "城乡建设 / 城市建设和市政管理 / 城市公共设施", first(lamp.getJsonArray("categories"), 3).getString("path"));
    JsonObject unit = lamp.getJsonArray("units").getJsonObject(0);
    assertEquals("市住房和城乡建设局", unit.getString("name"), lamp.toString());
    assertTrue(
        unit.getString("reason").matches("与 \\d+ 件已办“.+”类案件相似，其中 \\d+ 件由市住房和城乡建设局主办"),
        unit.getString("reason"));
    // The same reasons in the caller's language.
    Reply english =
        apiAs("triage")
            .inEnglish()
            .post(
                "api/triage/suggestions",
                "{\"title\":\"" + LAMP + "\",\"content\":\"我家楼下的路灯坏了，晚上不亮\"}");
    JsonObject englishUnit = english.json().getJsonArray("units").getJsonObject(0);
    assertTrue(
        englishUnit
            .getString("reason")
            .matches("Like \\d+ handled cases of \".+\", \\d+ of them led by 市住房和城乡建设局"),
        englishUnit.getString("reason"));
    assertTrue(
        first(english.json().getJsonArray("categories"), 1)
            .getString("reason")
            .startsWith("Worded like "),
        english.toString());

    JsonObject wages = suggest("{\"title\":\"讨要工资\",\"content\":\"老板拖欠我们三个月工资\"}");
    assertEquals(
        "15", first(wages.getJsonArray("categories"), 1).getString("code"), wages.toString());
  }

  @Test
  void aDefaultUnitIsSuggestedWithItsReasonAndADispatchRecordsWhetherTheSuggestionWasTaken() {
    ApiClient admin = apiAs("admin");
    ApiClient triage = apiAs("triage");
    long ndrc = triage.unitId("市发展和改革委员会");
    long district = triage.unitId("华龙区");
    StringBuilder rows = new StringBuilder();
    for (String fee : FEES) {
      rows.append("14.03.003,学校收费,").append(fee).append('\n');
    }
    admin.post(
        "api/triage/training-examples", CSV, csv(rows.toString()).getBytes(StandardCharsets.UTF_8));
    assertEquals(200, admin.post("api/triage/model/retrain", "").status());
    JsonObject fees = categoryByCode(admin, "14.03");
    Reply set =
        admin.put(
            "api/triage/default-units",
            "{\"categoryId\":"
                + fees.getJsonNumber("id")
                + ",\"districtId\":"
                + district
                + ",\"unitId\":"
                + ndrc
                + "}");
    assertEquals(200, set.status(), set.toString());
    assertEquals("华龙区", set.json().getString("districtName"));
    Reply wrongDistrict =
        admin.put(
            "api/triage/default-units",
            "{\"categoryId\":"
                + fees.getJsonNumber("id")
                + ",\"districtId\":"
                + ndrc
                + ",\"unitId\":"
                + ndrc
                + "}");
    assertEquals(400, wrongDistrict.status());
    assertEquals(
        "districtId",
        wrongDistrict.json().getJsonArray("fields").getJsonObject(0).getString("field"));

    String text = "\"title\":\"学校乱收费\",\"content\":\"学校收取资料费和补课费\"";
    JsonObject inDistrict = suggest("{" + text + ",\"concernedUnitId\":" + district + "}");
    JsonObject byDefault = inDistrict.getJsonArray("units").getJsonObject(0);
    assertEquals(ndrc, byDefault.getJsonNumber("id").longValue(), inDistrict.toString());
    assertTrue(byDefault.getString("reason").contains("默认主办单位"), byDefault.getString("reason"));
    JsonObject elsewhere =
        suggest("{" + text + ",\"concernedUnitId\":" + triage.unitId("清丰县") + "}");
    assertTrue(
        elsewhere.getJsonArray("units").stream()
            .noneMatch(u -> u.asJsonObject().getJsonNumber("id").longValue() == ndrc),
        "the default holds in its district only: " + elsewhere);

    JsonObject before = triage.get("api/triage/acceptance?days=1").json();
    long chargesId = categoryByCode(admin, "14.03.003").getJsonNumber("id").longValue();
    Reply recorded =
        triage.post(
            "api/cases",
            "{\"channel\":\"MAYOR_MAILBOX\",\"title\":\"学校乱收费\",\"content\":\"学校收取资料费和补课费\",\"concernedUnitId\":"
                + district
                + ",\"categoryId\":"
                + chargesId
                + "}");
    assertEquals(201, recorded.status(), recorded.toString());
    long caseId = recorded.json().getJsonNumber("id").longValue();
    long version = recorded.json().getJsonNumber("version").longValue();
    Reply accepted =
        triage.post(
            "api/cases/" + caseId + "/actions",
            "{\"action\":\"ACCEPT\",\"version\":" + version + "}");
    assertEquals(200, accepted.status(), accepted.toString());
    Reply dispatched =
        triage.post(
            "api/cases/" + caseId + "/actions",
            "{\"action\":\"DISPATCH\",\"version\":"
                + accepted.json().getJsonNumber("version")
                + ",\"leadUnitId\":"
                + ndrc
                + "}");
    assertEquals(200, dispatched.status(), dispatched.toString());
    JsonObject after = triage.get("api/triage/acceptance?days=1").json();
    assertEquals(
        before.getInt("unitSuggested") + 1, after.getInt("unitSuggested"), after.toString());
    assertEquals(before.getInt("unitTaken") + 1, after.getInt("unitTaken"), after.toString());
    assertEquals(
        before.getInt("categorySuggested") + 1,
        after.getInt("categorySuggested"),
        after.toString());
    assertEquals(400, triage.get("api/triage/acceptance?days=0").status());

    long id = set.json().getJsonNumber("id").longValue();
    assertEquals(204, admin.delete("api/triage/default-units/" + id).status());
    assertEquals(404, admin.delete("api/triage/default-units/" + id).status());
  }

  private JsonObject suggest(String request) {
    Reply reply = apiAs("triage").post("api/triage/suggestions", request);
    assertEquals(200, reply.status(), reply.toString());
    return reply.json();
  }

  private static JsonObject first(JsonArray categories, int level) {
    return categories.stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getInt("level") == level)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no level " + level + " in " + categories));
  }

  private static JsonObject categoryByCode(ApiClient client, String code) {
    java.util.Deque<JsonValue> pending =
        new java.util.ArrayDeque<>(client.get("api/categories").structure().asJsonArray());
    while (!pending.isEmpty()) {
      JsonObject node = pending.pop().asJsonObject();
      if (node.getString("code").equals(code)) {
        return node;
      }
      pending.addAll(node.getJsonArray("children"));
    }
    throw new AssertionError("no category " + code);
  }

  private static String csv(String rows) {
    return "label,title,content,unit\n" + rows;
  }

  private static byte[] workbook(String[] contents) {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("examples");
      Row header = sheet.createRow(0);
      String[] names = {"label", "title", "content", "unit"};
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      for (int r = 0; r < contents.length; r++) {
        Row row = sheet.createRow(r + 1);
        row.createCell(0).setCellValue("劳动和社会保障");
        row.createCell(1).setCellValue("拖欠工资");
        row.createCell(2).setCellValue(contents[r]);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      book.write(bytes);
      return bytes.toByteArray();
    } catch (java.io.IOException cannot) {
      throw new java.io.UncheckedIOException(cannot);
    }
  }
}
