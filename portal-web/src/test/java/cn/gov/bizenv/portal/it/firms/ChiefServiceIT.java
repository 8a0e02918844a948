package cn.gov.bizenv.portal.it.firms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.chiefservice.domain.model.firm.UnifiedSocialCreditCode;
import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
import cn.gov.bizenv.portal.it.TallyChecks;
import cn.gov.bizenv.portal.it.TestFiles;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chief service end to end over the REST API, on PostgreSQL: the firm register's credit-code check,
 * the assignment import's preview, visits whose problems become firm requests, officers' scoping,
 * and a policy matched, pushed and delivered.
 */
class ChiefServiceIT extends PortalIT {
  static final String PASSWORD = DemoAccounts.PASSWORD;
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static final Random RANDOM = new Random();

  URL base;
  ApiClient admin;
  ApiClient officer;
  ApiClient officer2;
  ApiClient leader;
  ApiClient triage;

  @BeforeEach
  void clients() {
    base = onLoopback();
    admin = apiAs("admin");
    officer = apiAs("officer");
    officer2 = apiAs("officer2");
    leader = apiAs("leader");
    triage = apiAs("triage");
  }

  @Test
  void aFirmWithAWrongCheckCharacterIsRefusedWithTheCreditCodeMessage() {
    String name = "校验位测试企业" + suffix();
    JsonObject firm = firm(name, "91350100M000100Y44", "C", "华龙区").build();
    Reply refused = admin.post("api/firms", firm.toString());
    assertEquals(400, refused.status(), refused.toString());
    JsonObject code = field(refused, "creditCode");
    assertEquals("creditcode.check", code.getString("code"));
    assertEquals("校验位不正确：按前 17 位应为“3”，您输入的是“4”，请核对代码。", code.getString("message"));

    // Every field at fault is named at once, the credit code's among them.
    Reply several =
        admin.post("api/firms", firm("", "9135O100M000100Y43", "C", "华龙区").build().toString());
    assertEquals(400, several.status(), several.toString());
    assertEquals("请填写企业（项目）名称。", field(several, "name").getString("message"));
    assertEquals("creditcode.character.suggest", field(several, "creditCode").getString("code"));
    assertEquals(
        0, admin.get("api/firms?q=" + encode(name)).json().getInt("total"), "nothing was stored");

    // The same code typed in lower case with spaces is valid, and only once.
    Reply registered =
        admin.post("api/firms", firm(name, " 91350100m000100y43 ", "C", "华龙区").build().toString());
    assertEquals(201, registered.status(), registered.toString());
    assertEquals("91350100M000100Y43", registered.json().getString("creditCode"));
    Reply duplicate =
        admin.post(
            "api/firms", firm(name + "二", "91350100M000100Y43", "C", "华龙区").build().toString());
    assertEquals(409, duplicate.status(), duplicate.toString());
    assertEquals("firm.creditCode.taken", duplicate.json().getString("code"));

    assertEquals(
        403,
        officer.post("api/firms", firm(name, validCode(), "C", "华龙区").build().toString()).status());
  }

  @Test
  void theImportPreviewReportsAnInvalidCreditCodeAndStoresNothingUntilConfirmed()
      throws IOException {
    String marker = "导入" + suffix();
    String invalid = "91410902MAO0000001";
    byte[] workbook =
        TestFiles.workbook(
            new String[] {"企业名称", "统一社会信用代码", "行业", "规模", "县区", "服务员"},
            new String[] {marker + "甲公司", validCode(), "C", "中型", "华龙区", "officer"},
            new String[] {marker + "乙公司", invalid, "制造业", "小型企业", "开发区", "officer"},
            new String[] {marker + "丙公司", validCode(), "I", "MICRO", "清丰县", "officer2"});

    Reply preview = admin.post("api/assignments/import/preview", TestFiles.XLSX, workbook);
    assertEquals(200, preview.status(), preview.toString());
    JsonObject body = preview.json();
    assertEquals(2, body.getInt("validRows"));
    assertEquals(1, body.getInt("invalidRows"));
    JsonObject bad = body.getJsonArray("rows").getJsonObject(1);
    assertEquals(3, bad.getInt("rowNumber"));
    assertEquals("SKIP", bad.getString("action"));
    JsonObject problem = bad.getJsonArray("problems").getJsonObject(0);
    assertEquals("creditCode", problem.getString("column"));
    assertEquals("creditcode.character.suggest", problem.getString("code"));
    assertEquals("第 11 位的字符“O”不能出现在统一社会信用代码中，是否应为“0”？", problem.getString("message"));
    assertEquals("REGISTER", body.getJsonArray("rows").getJsonObject(0).getString("action"));
    assertEquals(
        0,
        admin.get("api/firms?q=" + encode(marker)).json().getInt("total"),
        "the preview stores nothing");

    Reply all = admin.post("api/assignments/import?mode=ALL_ROWS", TestFiles.XLSX, workbook);
    assertEquals(422, all.status(), all.toString());
    assertEquals("import.invalidRows", all.json().getString("code"));
    assertEquals(
        0, admin.get("api/firms?q=" + encode(marker)).json().getInt("total"), "all or nothing");

    assertEquals(
        403, leader.post("api/assignments/import/preview", TestFiles.XLSX, workbook).status());

    Reply confirmed =
        admin.post("api/assignments/import?mode=VALID_ROWS", TestFiles.XLSX, workbook);
    assertEquals(200, confirmed.status(), confirmed.toString());
    assertEquals(2, confirmed.json().getInt("registered"));
    assertEquals(1, confirmed.json().getInt("skipped"));
    JsonArray stored = admin.get("api/firms?q=" + encode(marker)).json().getJsonArray("items");
    assertEquals(2, stored.size());
    assertEquals("赵磊", named(stored, marker + "甲公司").getString("officerName"));
    assertEquals("孙悦", named(stored, marker + "丙公司").getString("officerName"));
    long firmId = named(stored, marker + "甲公司").getJsonNumber("id").longValue();
    JsonArray history = admin.get("api/firms/" + firmId + "/assignments").structure().asJsonArray();
    assertEquals(1, history.size());
    assertEquals("admin", history.getJsonObject(0).getString("assignedBy"));
    // JSON-B leaves out nulls: no end means the import's assignment is the current one.
    assertFalse(history.getJsonObject(0).containsKey("to"), history.toString());
  }

  @Test
  void anOfficerLogsAVisitWhoseTwoProblemsBecomeFirmRequestsThatOnlyTheyAndLeadersFollow()
      throws IOException {
    String marker = "走访" + suffix();
    long firmId = registerFirmFor(marker + "科技公司", "C", "开发区", "officer");
    String today = today().toString();
    JsonObject visit =
        Json.createObjectBuilder()
            .add("firmId", firmId)
            .add("status", "HELD")
            .add("visitDate", today)
            .add("peopleMet", "总经理")
            .add("summary", "企业反映两项困难。" + marker)
            .add(
                "problems",
                Json.createArrayBuilder()
                    .add(problem("用电报装进度慢 " + marker, "新厂房用电报装已三个月未接电。", admin.unitId("开发区")))
                    .add(problem("招工难 " + marker, "希望协助对接职业院校。", admin.unitId("市人力资源和社会保障局"))))
            .build();
    String day = "from=" + today + "&to=" + today;
    // A year reads whole months from the monthly tallies and its ends by day.
    String year = "from=" + today().minusDays(364) + "&to=" + today;
    JsonObject before = coverage(day);
    JsonObject yearBefore = coverage(year);
    JsonObject registered = officer.get("api/firms/" + firmId).json();
    boolean dueByDate =
        !registered.isNull("nextVisitDue")
            && !LocalDate.parse(registered.getString("nextVisitDue")).isAfter(today());
    Reply logged = officer.post("api/visits", visit.toString());
    assertEquals(201, logged.status(), logged.toString());
    long visitId = logged.json().getJsonNumber("id").longValue();
    // Coverage of the day: the firm is now visited, and due (by its date, or because it was
    // visited).
    JsonObject after = coverage(day);
    assertEquals(before.getInt("firmsVisited") + 1, after.getInt("firmsVisited"), after.toString());
    assertEquals(
        before.getInt("firmsDue") + (dueByDate ? 0 : 1),
        after.getInt("firmsDue"),
        after.toString());
    JsonObject mine = officerRow(after), mineBefore = officerRow(before);
    assertEquals(mineBefore.getInt("visitsHeld") + 1, mine.getInt("visitsHeld"));
    assertEquals(mineBefore.getInt("firmsVisited") + 1, mine.getInt("firmsVisited"));
    assertEquals(mineBefore.getInt("problemsRaised") + 2, mine.getInt("problemsRaised"));
    JsonObject yearAfter = coverage(year);
    assertEquals(
        yearBefore.getInt("firmsVisited") + 1,
        yearAfter.getInt("firmsVisited"),
        yearAfter.toString());
    assertEquals(yearBefore.getInt("visitsHeld") + 1, yearAfter.getInt("visitsHeld"));
    assertEquals(yearBefore.getInt("problemsRaised") + 2, yearAfter.getInt("problemsRaised"));
    assertEquals(
        officerRow(yearBefore).getInt("firmsVisited") + 1,
        officerRow(yearAfter).getInt("firmsVisited"));
    // A visit that did not take place, six weeks ago: counted in its month, not in today.
    Reply missed =
        officer.post(
            "api/visits",
            Json.createObjectBuilder()
                .add("firmId", firmId)
                .add("status", "NOT_HELD")
                .add("visitDate", today().minusDays(45).toString())
                .add("notHeldReason", "企业负责人外出")
                .build()
                .toString());
    assertEquals(201, missed.status(), missed.toString());
    JsonObject yearLater = coverage(year);
    assertEquals(
        yearAfter.getInt("visitsNotHeld") + 1,
        yearLater.getInt("visitsNotHeld"),
        yearLater.toString());
    assertEquals(
        officerRow(yearAfter).getInt("visitsNotHeld") + 1,
        officerRow(yearLater).getInt("visitsNotHeld"));
    assertEquals(
        yearAfter.getInt("firmsVisited"),
        yearLater.getInt("firmsVisited"),
        "not held is not visited");
    assertEquals(after.getInt("visitsNotHeld"), coverage(day).getInt("visitsNotHeld"));
    theServerFoldsTheTallies();
    coverageTalliesAddUp();
    JsonArray cases = logged.json().getJsonArray("cases");
    assertEquals(2, cases.size());
    for (JsonValue raised : cases) {
      assertTrue(
          raised.asJsonObject().getString("trackingNumber").matches("\\d{4}SQ\\d{8}"),
          raised.toString());
      assertEquals("NEW", raised.asJsonObject().getString("status"));
    }

    // The officer reads the visit with the cases' live status; the office sees them as firm
    // requests.
    JsonObject read = officer.get("api/visits/" + visitId).json();
    assertEquals("HELD", read.getString("status"));
    assertEquals(
        "市人力资源和社会保障局", read.getJsonArray("cases").getJsonObject(1).getString("concernedUnitName"));
    JsonObject requests = triage.get("api/cases?channel=FIRM_REQUEST&q=" + encode(marker)).json();
    assertEquals(2, requests.getInt("total"), requests.toString());
    assertEquals(
        "officer",
        triage
            .get("api/cases/" + cases.getJsonObject(0).getJsonNumber("id"))
            .json()
            .getString("recordedBy"));
    JsonObject firm = officer.get("api/firms/" + firmId).json();
    assertEquals(today, firm.getString("lastVisitOn"));
    assertFalse(firm.getBoolean("overdue"));

    // Another officer learns nothing about the visit or the firm; a leader reads both.
    assertEquals(404, officer2.get("api/visits/" + visitId).status());
    assertEquals(404, officer2.get("api/firms/" + firmId).status());
    assertEquals(0, officer2.get("api/firms?q=" + encode(marker)).json().getInt("total"));
    assertEquals(200, leader.get("api/visits/" + visitId).status());
    Reply foreign = officer2.post("api/visits", visit.toString());
    assertEquals(404, foreign.status(), "only the firm's own officer logs its visits: " + foreign);

    // A photo of the visit: kept by its officer, read by leaders, unknown to other officers.
    byte[] photo = TestFiles.png();
    String files = "api/visits/" + visitId + "/files";
    String upload =
        Json.createObjectBuilder()
            .add("fileName", "座谈会.png")
            .add("content", java.util.Base64.getEncoder().encodeToString(photo))
            .build()
            .toString();
    assertEquals(404, officer2.post(files, upload).status());
    assertEquals(403, leader.post(files, upload).status());
    Reply kept = officer.post(files, upload);
    assertEquals(201, kept.status(), kept.toString());
    String content = files + "/" + kept.json().getJsonNumber("id").longValue() + "/content";
    assertEquals(
        "座谈会.png",
        leader.get(files).structure().asJsonArray().getJsonObject(0).getString("fileName"));
    org.junit.jupiter.api.Assertions.assertArrayEquals(photo, leader.download(content).body());
    assertEquals(404, officer2.get(files).status());
    assertEquals(404, officer2.download(content).statusCode());
    Reply renamedProgram =
        officer.post(
            files,
            Json.createObjectBuilder()
                .add("fileName", "照片.jpg")
                .add(
                    "content",
                    java.util.Base64.getEncoder().encodeToString(TestFiles.windowsProgram()))
                .build()
                .toString());
    assertEquals(400, renamedProgram.status(), renamedProgram.toString());
    assertEquals("attachment.type", field(renamedProgram, "attachments").getString("code"));

    // A held visit is history; problems belong to held visits only.
    Reply again =
        officer.put(
            "api/visits/" + visitId,
            Json.createObjectBuilder()
                .add("status", "PLANNED")
                .add("visitDate", today)
                .add("version", read.getJsonNumber("version").longValue())
                .build()
                .toString());
    assertEquals(422, again.status(), again.toString());
    assertEquals("visit.final", again.json().getString("code"));
    Reply plannedWithProblem =
        officer.post(
            "api/visits",
            Json.createObjectBuilder()
                .add("firmId", firmId)
                .add("status", "PLANNED")
                .add("visitDate", today().plusDays(7).toString())
                .add(
                    "problems",
                    Json.createArrayBuilder().add(problem("问题", "内容", admin.unitId("开发区"))))
                .build()
                .toString());
    assertEquals(400, plannedWithProblem.status(), plannedWithProblem.toString());
    assertEquals(
        "visit.problems.onlyHeld", field(plannedWithProblem, "problems").getString("code"));
  }

  @Test
  void aPolicyMatchedByIndustryAndDistrictIsPushedAndItsDeliveryGoesFromDeliveredToAcknowledged() {
    String marker = "政策" + suffix();
    long reached = registerFirmFor(marker + "研究院", "M", "范县", "officer");
    long otherDistrict = registerFirmFor(marker + "检测中心", "M", "南乐县", "officer");
    long otherIndustry = registerFirmFor(marker + "制造厂", "C", "范县", "officer");

    JsonObject policy =
        Json.createObjectBuilder()
            .add("title", "科技服务业研发费用补助 " + marker)
            .add("issuer", "濮阳市科学技术局")
            .add("documentNumber", "濮科〔2026〕3号")
            .add("effectiveOn", today().minusDays(1).toString())
            .add("expiresOn", today().plusDays(180).toString())
            .add("applicationFree", false)
            .add("industries", Json.createArrayBuilder().add("M"))
            .add("districts", Json.createArrayBuilder().add(admin.unitId("范县")))
            .build();
    Reply added = admin.post("api/policies", policy.toString());
    assertEquals(201, added.status(), added.toString());
    long policyId = added.json().getJsonNumber("id").longValue();

    List<Long> matched =
        admin
            .get("api/policies/" + policyId + "/matches?limit=200")
            .json()
            .getJsonArray("items")
            .stream()
            .map(item -> item.asJsonObject().getJsonNumber("firmId").longValue())
            .toList();
    assertTrue(matched.contains(reached), matched.toString());
    assertFalse(matched.contains(otherDistrict));
    assertFalse(matched.contains(otherIndustry));
    JsonObject match =
        admin
            .get("api/policies/" + policyId + "/matches?limit=200")
            .json()
            .getJsonArray("items")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(item -> item.getJsonNumber("firmId").longValue() == reached)
            .findFirst()
            .orElseThrow();
    JsonObject industry = criterion(match, "INDUSTRY");
    assertTrue(industry.getBoolean("restricted") && industry.getBoolean("hit"));
    assertEquals("科学研究和技术服务业", industry.getString("firmValue"));
    assertTrue(criterion(match, "DISTRICT").getBoolean("hit"));
    assertFalse(
        criterion(match, "SIZE").getBoolean("restricted"), "size is not part of this target");

    String day = "from=" + today() + "&to=" + today();
    JsonObject before = coverage(day);
    Reply pushed = admin.post("api/policies/" + policyId + "/push", "");
    assertEquals(200, pushed.status(), pushed.toString());
    assertEquals(matched.size(), pushed.json().getInt("created"));
    assertEquals(
        0,
        admin.post("api/policies/" + policyId + "/push", "").json().getInt("created"),
        "pushed once per firm");

    JsonArray deliveries =
        officer
            .get("api/deliveries?policyId=" + policyId + "&firmId=" + reached)
            .json()
            .getJsonArray("items");
    assertEquals(1, deliveries.size());
    JsonObject delivery = deliveries.getJsonObject(0);
    assertEquals("PUSHED", delivery.getString("state"));
    long deliveryId = delivery.getJsonNumber("id").longValue();
    String today = today().toString();

    Reply skipped =
        officer.post(
            "api/deliveries/" + deliveryId + "/steps", step("ACKNOWLEDGED", today, delivery));
    assertEquals(422, skipped.status(), skipped.toString());
    assertEquals("delivery.step.skipped", skipped.json().getString("code"));
    assertEquals(
        404,
        officer2
            .post("api/deliveries/" + deliveryId + "/steps", step("DELIVERED", today, delivery))
            .status());

    Reply delivered =
        officer.post("api/deliveries/" + deliveryId + "/steps", step("DELIVERED", today, delivery));
    assertEquals(200, delivered.status(), delivered.toString());
    assertEquals("DELIVERED", delivered.json().getString("state"));
    Reply acknowledged =
        officer.post(
            "api/deliveries/" + deliveryId + "/steps",
            step("ACKNOWLEDGED", today, delivered.json()));
    assertEquals(200, acknowledged.status(), acknowledged.toString());
    assertEquals("ACKNOWLEDGED", acknowledged.json().getString("state"));
    assertEquals(today, acknowledged.json().getString("acknowledgedOn"));
    assertEquals(
        List.of("APPLIED"),
        acknowledged
            .json()
            .getJsonArray("nextSteps")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList());

    JsonObject reach =
        leader
            .get("api/policies/reach?by=POLICY&policyId=" + policyId)
            .structure()
            .asJsonArray()
            .getJsonObject(0);
    assertEquals(matched.size(), reach.getInt("pushed"));
    assertEquals(1, reach.getInt("delivered"));
    assertEquals(1, reach.getInt("acknowledged"));
    assertEquals(403, officer.get("api/policies/reach").status());
    // The day's coverage counts the same pushes and steps.
    JsonObject after = coverage(day);
    assertEquals(
        before.getInt("pushed") + matched.size(), after.getInt("pushed"), after.toString());
    assertEquals(before.getInt("delivered") + 1, after.getInt("delivered"));
    assertEquals(before.getInt("acknowledged") + 1, after.getInt("acknowledged"));
    assertEquals(before.getInt("takenUp"), after.getInt("takenUp"));
    coverageTalliesAddUp();
  }

  private long registerFirmFor(
      String name, String industry, String district, String officerUsername) {
    Reply registered =
        admin.post("api/firms", firm(name, validCode(), industry, district).build().toString());
    assertEquals(201, registered.status(), registered.toString());
    JsonObject firm = registered.json();
    long id = firm.getJsonNumber("id").longValue();
    JsonObject assignment =
        Json.createObjectBuilder()
            .add("officerId", officerId(officerUsername))
            .add("version", firm.getJsonNumber("version").longValue())
            .build();
    Reply assigned = admin.post("api/firms/" + id + "/assignments", assignment.toString());
    assertEquals(200, assigned.status(), assigned.toString());
    return id;
  }

  private JsonObjectBuilder firm(String name, String creditCode, String industry, String district) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("creditCode", creditCode)
        .add("industryCode", industry)
        .add("size", "MEDIUM")
        .add("districtId", admin.unitId(district))
        .add("keyProject", true)
        .add("tags", Json.createArrayBuilder().add("专精特新"));
  }

  private static JsonObjectBuilder problem(String title, String content, long unitId) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("content", content)
        .add("concernedUnitId", unitId);
  }

  private static String step(String state, String on, JsonObject delivery) {
    return Json.createObjectBuilder()
        .add("state", state)
        .add("on", on)
        .add("version", delivery.getJsonNumber("version").longValue())
        .build()
        .toString();
  }

  private static JsonObject criterion(JsonObject match, String criterion) {
    return match.getJsonArray("criteria").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("criterion").equals(criterion))
        .findFirst()
        .orElseThrow();
  }

  private JsonObject coverage(String period) {
    Reply reply = leader.get("api/reports/coverage?" + period);
    assertEquals(200, reply.status(), reply.toString());
    return reply.json().getJsonObject("coverage");
  }

  /** The officer "officer"'s row of a coverage (an empty row when it has none yet). */
  private JsonObject officerRow(JsonObject coverage) {
    long id = officerId("officer");
    return coverage.getJsonArray("officers").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getJsonNumber("officerId").longValue() == id)
        .findFirst()
        .orElse(
            Json.createObjectBuilder()
                .add("visitsHeld", 0)
                .add("visitsNotHeld", 0)
                .add("firmsVisited", 0)
                .add("problemsRaised", 0)
                .build());
  }

  /**
   * The coverage tallies the triggers kept (with the deltas not yet folded) and the officers' sets
   * of visit days equal the visits, raised problems and pushes counted again, before and after a
   * fold, in one snapshot each.
   */
  private static void coverageTalliesAddUp() {
    String kept =
        "SELECT grain, day, officer_id, flags, sum(held), sum(not_held), sum(raised), sum(pushed)"
            + " FROM coverage_tally_current GROUP BY grain, day, officer_id, flags HAVING sum(held)"
            + " <> 0 OR sum(not_held) <> 0 OR sum(raised) <> 0 OR sum(pushed) <> 0";
    String recounted = "SELECT * FROM coverage_tally_recount";
    String heldDays =
        "SELECT officer_id, firm_id, first_day + (i - 1) FROM visit_days, generate_series(1,"
            + " length(days)) i WHERE substring(days FROM i FOR 1) = B'1'";
    String visitDays =
        "SELECT DISTINCT officer_id, firm_id, visit_date FROM visit WHERE status = 'HELD'";
    String shortest = "SELECT officer_id, firm_id, first_day, days FROM visit_days";
    String recountedDays = "SELECT officer_id, firm_id, first_day, days FROM visit_days_recount";
    try (Connection db = TallyChecks.database("ChiefServiceIT");
        Statement sql = db.createStatement()) {
      assertTrue(
          TallyChecks.single(sql, "SELECT count(*) FROM coverage_tally_recount WHERE grain = 'M'")
              > 0,
          "something is tallied");
      assertEquals(
          0,
          TallyChecks.single(sql, TallyChecks.differences(kept, recounted)),
          "kept and recounted coverage tallies differ");
      assertEquals(
          0,
          TallyChecks.single(sql, TallyChecks.differences(heldDays, visitDays)),
          "the sets of visit days and the held visits differ");
      assertEquals(
          0,
          TallyChecks.single(sql, TallyChecks.differences(shortest, recountedDays)),
          "a set of visit days is longer than it needs");
      TallyChecks.single(sql, "SELECT coverage_tally_fold()");
      assertEquals(
          0,
          TallyChecks.single(sql, "SELECT count(*) FROM coverage_tally_delta"),
          "the fold moved every delta");
      assertEquals(
          0,
          TallyChecks.single(sql, TallyChecks.differences(kept, recounted)),
          "kept and recounted coverage tallies differ after the fold");
    } catch (SQLException e) {
      throw new AssertionError("reading the coverage tallies", e);
    }
  }

  /**
   * The portal's TallyFolding empties both tallies' deltas within a few of its 15-second rounds
   * (nothing else folds them before coverageTalliesAddUp does).
   */
  private static void theServerFoldsTheTallies() {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(50);
    try (Connection db = TallyChecks.database("ChiefServiceIT");
        Statement sql = db.createStatement()) {
      String left =
          "SELECT (SELECT count(*) FROM coverage_tally_delta) + (SELECT count(*) FROM"
              + " case_tally_delta)";
      while (TallyChecks.single(sql, left) > 0) {
        assertTrue(
            System.nanoTime() < deadline, "the server has not folded the tallies' deltas in 50 s");
        Thread.sleep(500);
      }
    } catch (SQLException e) {
      throw new AssertionError("reading the tallies' deltas", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private long officerId(String username) {
    return admin.get("api/assignments/officers").structure().asJsonArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString("username").equals(username))
        .findFirst()
        .orElseThrow(() -> new AssertionError("demo officer missing: " + username))
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * A fresh valid code: random organisation code, check character found by the register's own rule.
   */
  static String validCode() {
    StringBuilder first17 = new StringBuilder("91410902");
    for (int i = 0; i < 9; i++) {
      first17.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    for (char check : ALPHABET.toCharArray()) {
      if (UnifiedSocialCreditCode.isValid(first17.toString() + check)) {
        return first17.toString() + check;
      }
    }
    throw new AssertionError("no check character for " + first17);
  }

  private static JsonObject named(JsonArray firms, String name) {
    return firms.stream()
        .map(JsonValue::asJsonObject)
        .filter(firm -> firm.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no firm " + name + " in " + firms));
  }

  private static JsonObject field(Reply reply, String name) {
    return reply.json().getJsonArray("fields").stream()
        .map(JsonValue::asJsonObject)
        .filter(f -> f.getString("field").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no error for " + name + " in " + reply));
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
