package cn.gov.bizenv.portal.it.cases;

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
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The case lifecycle end to end over the REST API, on PostgreSQL: a mayor's-mailbox letter from
 * recording to a second closing after a bad rating, the refusals on the way, who sees what, two
 * people acting on the same version, and a merged case answered with the reply of the case it
 * joined.
 *
 * <p>Refusals by role: a unit handler attempting 受理 gets 422, not 403. Unit handlers may act on
 * cases, so the container lets them in; the lifecycle then refuses with {@code
 * lifecycle.illegal.status} on a case their unit handles (受理 never leaves a dispatched case), and a
 * NEW case is not in their scope at all (404). 403 is kept for roles that may never act on cases
 * (chief service officers, administrators).
 */
class CaseLifecycleIT extends PortalIT {
  static final String PASSWORD = DemoAccounts.PASSWORD;

  ApiClient triage;
  ApiClient unit;
  ApiClient county;
  ApiClient supervisor;
  ApiClient leader;
  long market;
  long huaLong;

  @BeforeEach
  void clients() {
    URL base = onLoopback();
    triage = apiAs("triage");
    unit = apiAs("unit");
    county = apiAs("county");
    supervisor = apiAs("supervisor");
    leader = apiAs("leader");
    market = triage.unitId("市市场监督管理局");
    huaLong = triage.unitId("华龙区");
  }

  @Test
  void aMayorsMailboxLetterGoesFromRecordingToASecondClosingAfterABadRating() {
    long id = record("企业开办银行开户预约难 " + suffix(), market);
    assertEquals(List.of("ACCEPT", "REJECT", "MERGE"), allowed(triage, id));

    JsonObject detail = ok(triage, id, action("ACCEPT", id).add("note", "属实，予以受理"));
    assertEquals("ACCEPTED", detail.getString("status"));
    detail = ok(triage, id, dispatch(id, market, huaLong).add("note", "请于5个工作日内答复"));
    assertEquals("DISPATCHED", detail.getString("status"));
    assertEquals("市市场监督管理局", detail.getString("leadUnitName"));
    assertEquals(List.of("华龙区"), strings(detail.getJsonArray("assistingUnitNames")));

    refused(county, id, action("SIGN_FOR", id), "lifecycle.illegal.notLeadUnit");
    assertEquals(List.of("SIGN_FOR", "RETURN_TO_TRIAGE"), allowed(unit, id));
    assertEquals(List.of(), allowed(county, id), "nothing for an assisting unit before sign-off");
    detail = ok(unit, id, action("SIGN_FOR", id));
    assertEquals("IN_PROGRESS", detail.getString("status"));
    refused(unit, id, action("ACCEPT", id), "lifecycle.illegal.status");

    detail =
        ok(
            unit,
            id,
            action("REQUEST_EXTENSION", id).add("extensionDays", 5).add("note", "需协调银行网点"));
    assertEquals(5, detail.getInt("pendingExtensionDays"));
    assertFalse(allowed(unit, id).contains("REQUEST_EXTENSION"), "one request at a time");
    detail = ok(triage, id, action("APPROVE_EXTENSION", id));
    assertEquals(5, detail.getInt("extensionGrantedDays"));
    assertTrue(absent(detail, "pendingExtensionDays"));

    detail = ok(unit, id, action("SUBMIT_REPLY", id).add("reply", "已协调银行开通企业开户绿色通道。"));
    assertEquals("REPLIED", detail.getString("status"));
    detail = ok(triage, id, action("APPROVE_REPLY_AND_CLOSE", id).add("outcome", "SOLVED"));
    assertEquals("CLOSED", detail.getString("status"));
    assertEquals("SOLVED", detail.getString("outcome"));
    refused(triage, id, action("ACCEPT", id), "lifecycle.illegal.status");

    detail =
        ok(
            triage,
            id,
            action("FOLLOW_UP", id).add("satisfaction", "VERY_DISSATISFIED").add("note", "仍需排队两周"));
    assertEquals(
        "FOLLOWED_UP", detail.getString("status"), "a bad rating does not reopen by itself");
    assertTrue(detail.getBoolean("reopenDue"));
    assertTrue(strings(detail.getJsonArray("allowedActions")).contains("REOPEN"));
    detail = ok(triage, id, action("REOPEN", id).add("note", "请核实网点实际预约时长并整改"));
    assertEquals("IN_PROGRESS", detail.getString("status"));
    assertFalse(detail.getBoolean("reopenDue"));
    assertEquals(1, detail.getInt("reopenCount"));
    assertEquals("市市场监督管理局", detail.getString("leadUnitName"), "reopened to the same lead unit");

    ok(unit, id, action("SUBMIT_REPLY", id).add("reply", "已增设两个预约网点，预约时长缩短至三天。"));
    detail = ok(triage, id, action("APPROVE_REPLY_AND_CLOSE", id).add("outcome", "SOLVED"));
    assertEquals("CLOSED", detail.getString("status"));
    assertEquals("已增设两个预约网点，预约时长缩短至三天。", detail.getString("reply"));

    JsonArray timeline = triage.get("api/cases/" + id + "/timeline").structure().asJsonArray();
    assertEquals(
        List.of(
            "RECORDED",
            "ACCEPT",
            "DISPATCH",
            "SIGN_FOR",
            "REQUEST_EXTENSION",
            "APPROVE_EXTENSION",
            "SUBMIT_REPLY",
            "APPROVE_REPLY_AND_CLOSE",
            "FOLLOW_UP",
            "REOPEN",
            "SUBMIT_REPLY",
            "APPROVE_REPLY_AND_CLOSE"),
        column(timeline, "type"),
        "refused actions left no trace");
    assertEquals(
        List.of(
            "triage", "triage", "triage", "unit", "unit", "triage", "unit", "triage", "triage",
            "triage", "unit", "triage"),
        column(timeline, "actor"));
    assertEquals(
        List.of(
            "NEW",
            "ACCEPTED",
            "DISPATCHED",
            "IN_PROGRESS",
            "IN_PROGRESS",
            "IN_PROGRESS",
            "REPLIED",
            "CLOSED",
            "FOLLOWED_UP",
            "IN_PROGRESS",
            "REPLIED",
            "CLOSED"),
        column(timeline, "toStatus"));
    assertTrue(absent(timeline.getJsonObject(0), "fromStatus"));
    assertEquals("FOLLOWED_UP", timeline.getJsonObject(9).getString("fromStatus"));
    assertEquals("请于5个工作日内答复", timeline.getJsonObject(2).getString("note"));
    assertEquals("市市场监督管理局", timeline.getJsonObject(2).getString("leadUnitName"));
    assertEquals(
        List.of("华龙区"), strings(timeline.getJsonObject(2).getJsonArray("assistingUnitNames")));
    assertEquals(5, timeline.getJsonObject(4).getInt("extensionDays"));
    assertEquals(5, timeline.getJsonObject(5).getInt("extensionDays"));
    assertEquals(
        "已协调银行开通企业开户绿色通道。",
        timeline.getJsonObject(6).getString("note"),
        "the first reply stays on the timeline after the second");
    assertEquals("SOLVED", timeline.getJsonObject(7).getString("outcome"));
    assertEquals("VERY_DISSATISFIED", timeline.getJsonObject(8).getString("satisfaction"));
    assertEquals(timeline, triage.get("api/cases/" + id).json().getJsonArray("timeline"));
  }

  @Test
  void whoSeesACaseAndWhoMayActOnIt() {
    long shared = record("访问矩阵 " + suffix(), market);
    ok(triage, shared, action("ACCEPT", shared));
    ok(triage, shared, dispatch(shared, market, huaLong));
    long elsewhere = record("他单位案件 " + suffix(), triage.unitId("市税务局"));
    ok(triage, elsewhere, action("ACCEPT", elsewhere));
    ok(triage, elsewhere, dispatch(elsewhere, triage.unitId("市税务局")));

    assertEquals(200, unit.get("api/cases/" + shared).status(), "lead unit");
    assertEquals(200, county.get("api/cases/" + shared).status(), "assisting unit");
    for (ApiClient thirdUnit : List.of(unit, county)) {
      assertEquals(404, thirdUnit.get("api/cases/" + elsewhere).status(), "a unit not on the case");
      assertEquals(404, thirdUnit.get("api/cases/" + elsewhere + "/actions").status());
      assertEquals(
          404,
          thirdUnit
              .post(
                  "api/cases/" + elsewhere + "/actions",
                  action("SIGN_FOR", elsewhere).build().toString())
              .status());
    }
    for (ApiClient office : List.of(triage, supervisor, leader)) {
      assertEquals(200, office.get("api/cases/" + shared).status());
      assertEquals(200, office.get("api/cases/" + elsewhere).status());
    }
    assertEquals(
        List.of("URGE", "ISSUE_SUPERVISION_ORDER", "ISSUE_NOTICE", "RECORD_ACCOUNTABILITY"),
        allowed(supervisor, shared));
    assertEquals(List.of(), allowed(leader, shared), "leaders read only");

    URL base = onLoopback();
    ApiClient officer = apiAs("officer");
    ApiClient admin = apiAs("admin");
    for (ApiClient outsider : List.of(officer, admin)) {
      assertEquals(403, outsider.get("api/cases/" + shared).status());
      assertEquals(403, outsider.get("api/cases/" + shared + "/actions").status());
      Reply refused =
          outsider.post(
              "api/cases/" + shared + "/actions", action("URGE", shared).build().toString());
      assertEquals(403, refused.status(), refused.toString());
    }

    long fresh = record("新件 " + suffix(), market);
    assertEquals(
        404,
        unit.post("api/cases/" + fresh + "/actions", action("ACCEPT", fresh).build().toString())
            .status(),
        "a NEW case is outside every unit's scope, even the unit the writer named");
    refused(leader, fresh, action("ACCEPT", fresh), "lifecycle.illegal.role");
    refused(supervisor, fresh, action("ACCEPT", fresh), "lifecycle.illegal.role");
    ok(supervisor, shared, action("URGE", shared).add("note", "请加快签收"));
  }

  @Test
  void theSecondOfTwoPeopleActingOnTheSameVersionGetsAConflictAndNothingChanges() {
    long id = record("并发派单 " + suffix(), market);
    long read = version(ok(triage, id, action("ACCEPT", id)));
    ApiClient otherTriage = apiAs("triage");
    JsonObject first = ok(triage, id, dispatch(id, market, huaLong).add("version", read));
    Reply second =
        otherTriage.post(
            "api/cases/" + id + "/actions",
            dispatch(id, huaLong).add("version", read).build().toString());
    assertEquals(409, second.status(), second.toString());
    assertEquals("error.conflict.stale", second.json().getString("code"));
    JsonObject now = triage.get("api/cases/" + id).json();
    assertEquals("市市场监督管理局", now.getString("leadUnitName"));
    assertEquals(version(first), version(now));
    assertEquals(
        List.of("RECORDED", "ACCEPT", "DISPATCH"), column(now.getJsonArray("timeline"), "type"));

    // Progress notes change nothing but the timeline, and still take turns.
    ok(unit, id, action("SIGN_FOR", id));
    long current = version(triage.get("api/cases/" + id).json());
    ok(unit, id, action("RECORD_PROGRESS", id).add("version", current).add("note", "主办单位进展"));
    Reply stale =
        county.post(
            "api/cases/" + id + "/actions",
            action("RECORD_PROGRESS", id)
                .add("version", current)
                .add("note", "协办单位进展")
                .build()
                .toString());
    assertEquals(409, stale.status(), stale.toString());
  }

  @Test
  void simultaneousActionsOnTheSameVersionLetExactlyOneThrough() throws Exception {
    long id = record("同时办理 " + suffix(), market);
    ok(triage, id, action("ACCEPT", id));
    ok(triage, id, dispatch(id, market, huaLong));
    ok(unit, id, action("SIGN_FOR", id));
    long read = version(triage.get("api/cases/" + id).json());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> replies = new ArrayList<>();
      for (ApiClient who : List.of(unit, county)) {
        String body =
            action("RECORD_PROGRESS", id)
                .add("version", read)
                .add("note", "同时提交")
                .build()
                .toString();
        Callable<Integer> send =
            () -> {
              start.await();
              return who.post("api/cases/" + id + "/actions", body).status();
            };
        replies.add(pool.submit(send));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> reply : replies) {
        statuses.add(reply.get());
      }
      statuses.sort(Integer::compare);
      assertEquals(List.of(200, 409), statuses);
    } finally {
      pool.shutdownNow();
    }
    JsonArray timeline = triage.get("api/cases/" + id).json().getJsonArray("timeline");
    assertEquals(1, column(timeline, "type").stream().filter("RECORD_PROGRESS"::equals).count());
  }

  @Test
  void aMergedCasesWriterIsAnsweredWithTheReplyOfTheCaseItJoined() {
    long main = record("停车场收费标准不公开 " + suffix(), market);
    long duplicate = record("停车收费不透明（重复来信） " + suffix(), market);
    String mainNumber = triage.get("api/cases/" + main).json().getString("trackingNumber");

    Reply self =
        triage.post(
            "api/cases/" + duplicate + "/actions",
            action("MERGE", duplicate).add("mergeIntoCaseId", duplicate).build().toString());
    assertEquals(List.of("handling.mergeIntoCaseId.self"), fieldCodes(self));
    JsonObject merged =
        ok(
            triage,
            duplicate,
            action("MERGE", duplicate).add("mergeIntoCaseId", main).add("note", "同一事项"));
    assertEquals("MERGED", merged.getString("status"));
    assertEquals(mainNumber, merged.getString("mergedIntoTrackingNumber"));
    assertTrue(absent(merged, "reply"), "not answered while the main case is open");
    assertEquals(
        List.of(), strings(merged.getJsonArray("allowedActions")), "a merged case is finished");

    ok(triage, main, action("ACCEPT", main));
    ok(triage, main, dispatch(main, market));
    ok(unit, main, action("SIGN_FOR", main));
    ok(unit, main, action("SUBMIT_REPLY", main).add("reply", "收费标准已在停车场入口公示。"));
    JsonObject closed =
        ok(triage, main, action("APPROVE_REPLY_AND_CLOSE", main).add("outcome", "EXPLAINED"));
    assertEquals(
        List.of(merged.getString("trackingNumber")),
        strings(closed.getJsonArray("mergedCaseNumbers")));

    JsonObject answered = triage.get("api/cases/" + duplicate).json();
    assertEquals("MERGED", answered.getString("status"));
    assertEquals("收费标准已在停车场入口公示。", answered.getString("reply"));
    assertEquals("EXPLAINED", answered.getString("outcome"));
    assertEquals(mainNumber, answered.getString("replyFromTrackingNumber"));

    long late = record("又一封重复来信 " + suffix(), market);
    Reply intoClosed =
        triage.post(
            "api/cases/" + late + "/actions",
            action("MERGE", late).add("mergeIntoCaseId", main).build().toString());
    assertEquals(List.of("handling.mergeIntoCaseId.notOpen"), fieldCodes(intoClosed));
  }

  @Test
  void eachActionTakesItsOwnInputsAndNamesTheFieldsThatAreWrong() {
    long id = record("输入校验 " + suffix(), market);
    assertEquals(
        List.of("handling.reason.required"), fieldCodes(post(triage, id, action("REJECT", id))));
    assertEquals(
        List.of("handling.notApplicable"),
        fieldCodes(post(triage, id, action("ACCEPT", id).add("outcome", "SOLVED"))));
    ok(triage, id, action("ACCEPT", id));
    Reply noLead = post(triage, id, action("DISPATCH", id));
    assertEquals(List.of("leadUnitId"), fieldNames(noLead));
    Reply both = post(triage, id, dispatch(id, market, market));
    assertEquals(List.of("handling.assistingUnitIds.includesLead"), fieldCodes(both));
    Reply unknownUnit = post(triage, id, dispatch(id, 987654321L));
    assertEquals(List.of("handling.leadUnitId.unknown"), fieldCodes(unknownUnit));
    Reply noVersion =
        triage.post(
            "api/cases/" + id + "/actions",
            "{\"action\":\"DISPATCH\",\"leadUnitId\":" + market + "}");
    assertEquals(List.of("version"), fieldNames(noVersion));
    Reply unknownAction =
        triage.post("api/cases/" + id + "/actions", "{\"action\":\"ESCALATE\",\"version\":1}");
    assertEquals(400, unknownAction.status(), unknownAction.toString());
    assertEquals("error.body.malformed", unknownAction.json().getString("code"));

    ok(triage, id, dispatch(id, market));
    ok(unit, id, action("SIGN_FOR", id));
    Reply tooLong =
        post(unit, id, action("REQUEST_EXTENSION", id).add("extensionDays", 31).add("note", "理由"));
    assertEquals(List.of("extensionDays"), fieldNames(tooLong));
    Reply english =
        post(
            apiAs("unit").inEnglish(),
            id,
            action("REQUEST_EXTENSION", id).add("extensionDays", 31));
    assertEquals(List.of("extensionDays", "note"), fieldNames(english));
    assertEquals(
        "The extension must be between 1 and 30 working days.",
        english.json().getJsonArray("fields").getJsonObject(0).getString("message"));
    Reply approveNothing = post(triage, id, action("APPROVE_EXTENSION", id));
    assertEquals(422, approveNothing.status(), approveNothing.toString());
    assertEquals("handling.extension.none", approveNothing.json().getString("code"));
    assertEquals("IN_PROGRESS", triage.get("api/cases/" + id).json().getString("status"));
  }

  @Test
  void waitingForTheWritersSupplementStopsTheClockUntilTheCaseIsResumed() {
    long id = record("需补充材料 " + suffix(), market);
    ok(triage, id, action("ACCEPT", id));
    ok(triage, id, dispatch(id, market));
    ok(unit, id, action("SIGN_FOR", id));
    String replyDue = triage.get("api/cases/" + id).json().getString("replyDue");
    assertTrue(allowed(unit, id).contains("AWAIT_WRITER"));
    assertFalse(allowed(unit, id).contains("RESUME"));
    assertEquals(List.of("note"), fieldNames(post(unit, id, action("AWAIT_WRITER", id))));
    refused(leader, id, action("AWAIT_WRITER", id).add("note", "等"), "lifecycle.illegal.role");

    JsonObject waiting = ok(unit, id, action("AWAIT_WRITER", id).add("note", "请来信人补充营业执照复印件"));
    assertFalse(absent(waiting, "pausedSince"), waiting.toString());
    assertEquals("IN_PROGRESS", waiting.getString("status"));
    assertTrue(allowed(unit, id).contains("RESUME"));
    assertFalse(allowed(unit, id).contains("SUBMIT_REPLY"), "no reply while waiting");
    refused(unit, id, action("SUBMIT_REPLY", id).add("reply", "答复"), "handling.pause.active");
    refused(triage, id, action("AWAIT_WRITER", id).add("note", "再等"), "handling.pause.already");

    JsonObject resumed = ok(triage, id, action("RESUME", id).add("note", "材料已收到"));
    assertTrue(absent(resumed, "pausedSince"), resumed.toString());
    // Resumed within the same day, no working day lay wholly inside the wait: nothing moves (read
    // back from the database, as the deadline was at dispatch).
    assertEquals(replyDue, triage.get("api/cases/" + id).json().getString("replyDue"));
    refused(unit, id, action("RESUME", id), "handling.pause.none");
    List<String> types = column(resumed.getJsonArray("timeline"), "type");
    assertEquals(List.of("AWAIT_WRITER", "RESUME"), types.subList(types.size() - 2, types.size()));
    ok(unit, id, action("SUBMIT_REPLY", id).add("reply", "已按补充材料办理。"));
  }

  /**
   * 协办意见: an assisting unit gives its opinion, which only an assisting unit may; the lead unit is
   * told and sees who has answered; the timeline names the person and their unit.
   */
  @Test
  void anAssistingUnitsOpinionReachesTheLeadUnitWithTheWritersName() {
    long id = record("跨部门办理营业执照与食品经营许可 " + suffix(), market);
    ok(triage, id, action("ACCEPT", id));
    ok(triage, id, dispatch(id, market, huaLong));
    JsonObject detail = ok(unit, id, action("SIGN_FOR", id));
    assertEquals(List.of(), strings(detail.getJsonArray("answeredAssistingUnitNames")));
    assertTrue(allowed(county, id).contains("ASSIST_OPINION"));
    refused(
        unit,
        id,
        action("ASSIST_OPINION", id).add("note", "主办不能提协办意见"),
        "lifecycle.illegal.notAssistingUnit");
    assertEquals(
        List.of("note"), fieldNames(post(county, id, action("ASSIST_OPINION", id))), "content");

    detail = ok(county, id, action("ASSIST_OPINION", id).add("note", "华龙区可同步办理食品经营许可现场核查。"));

    assertEquals(List.of("华龙区"), strings(detail.getJsonArray("answeredAssistingUnitNames")));
    JsonObject opinion =
        detail.getJsonArray("timeline").stream()
            .map(JsonValue::asJsonObject)
            .filter(event -> event.getString("type").equals("ASSIST_OPINION"))
            .findFirst()
            .orElseThrow();
    assertEquals("county", opinion.getString("actor"));
    assertEquals("PERSON", opinion.getString("actorKind"));
    assertEquals("陈静", opinion.getString("actorName"));
    assertEquals("华龙区", opinion.getString("actorUnitName"));
    JsonArray bell = unit.get("api/notifications?limit=50").json().getJsonArray("items");
    assertTrue(
        bell.toString().contains("notice.action.ASSIST_OPINION"), "the lead unit is told: " + bell);
  }

  /**
   * 驳回退单: the office refuses a unit's return with its reason; the case goes back to the same unit
   * on the same clock.
   */
  @Test
  void theOfficeRefusesAReturnAndTheCaseGoesBackToTheSameUnitOnTheSameClock() {
    long id = record("沿街商铺招牌整治标准 " + suffix(), market);
    ok(triage, id, action("ACCEPT", id));
    JsonObject dispatched = ok(triage, id, dispatch(id, market));
    String replyDue = dispatched.getString("replyDue");
    ok(unit, id, action("RETURN_TO_TRIAGE", id).add("note", "不属于本单位职责"));
    assertTrue(allowed(triage, id).contains("REFUSE_RETURN"));
    assertEquals(
        List.of("note"), fieldNames(post(triage, id, action("REFUSE_RETURN", id))), "a reason");

    JsonObject detail =
        ok(triage, id, action("REFUSE_RETURN", id).add("note", "招牌设置审批属市场监管职责，请继续办理"));

    assertEquals("DISPATCHED", detail.getString("status"));
    assertEquals("市市场监督管理局", detail.getString("leadUnitName"));
    assertEquals(replyDue, detail.getString("replyDue"), "the same clock");
    assertEquals(List.of("SIGN_FOR", "RETURN_TO_TRIAGE"), allowed(unit, id));
  }

  // --- helpers ------------------------------------------------------------------------------

  private long record(String title, long concernedUnitId) {
    String body =
        Json.createObjectBuilder()
            .add("channel", "MAYOR_MAILBOX")
            .add("title", title)
            .add("content", "来信内容：" + title)
            .add("concernedUnitId", concernedUnitId)
            .build()
            .toString();
    Reply recorded = triage.post("api/cases", body);
    assertEquals(201, recorded.status(), recorded.toString());
    return recorded.json().getJsonNumber("id").longValue();
  }

  /** An action on the case as it is now, read by the triage officer. */
  private JsonObjectBuilder action(String name, long id) {
    return Json.createObjectBuilder()
        .add("action", name)
        .add("version", version(triage.get("api/cases/" + id).json()));
  }

  private JsonObjectBuilder dispatch(long id, long lead, long... assisting) {
    var units = Json.createArrayBuilder();
    for (long unitId : assisting) {
      units.add(unitId);
    }
    return action("DISPATCH", id).add("leadUnitId", lead).add("assistingUnitIds", units);
  }

  private static Reply post(ApiClient who, long id, JsonObjectBuilder command) {
    return who.post("api/cases/" + id + "/actions", command.build().toString());
  }

  private static JsonObject ok(ApiClient who, long id, JsonObjectBuilder command) {
    Reply reply = post(who, id, command);
    assertEquals(200, reply.status(), reply.toString());
    return reply.json();
  }

  private static void refused(ApiClient who, long id, JsonObjectBuilder command, String code) {
    Reply reply = post(who, id, command);
    assertEquals(422, reply.status(), reply.toString());
    assertEquals(code, reply.json().getString("code"));
    assertFalse(reply.json().getString("message").isBlank());
  }

  private static List<String> allowed(ApiClient who, long id) {
    Reply reply = who.get("api/cases/" + id + "/actions");
    assertEquals(200, reply.status(), reply.toString());
    return strings(reply.structure().asJsonArray());
  }

  /** JSON-B leaves out null properties. */
  private static boolean absent(JsonObject object, String name) {
    return !object.containsKey(name) || object.isNull(name);
  }

  private static long version(JsonObject detail) {
    return detail.getJsonNumber("version").longValue();
  }

  private static List<String> strings(JsonArray array) {
    return array.stream().map(value -> ((jakarta.json.JsonString) value).getString()).toList();
  }

  private static List<String> column(JsonArray timeline, String name) {
    return timeline.stream()
        .map(JsonValue::asJsonObject)
        .map(event -> event.getString(name))
        .toList();
  }

  private static List<String> fieldNames(Reply reply) {
    assertEquals(400, reply.status(), reply.toString());
    return reply.json().getJsonArray("fields").stream()
        .map(f -> f.asJsonObject().getString("field"))
        .sorted()
        .collect(Collectors.toList());
  }

  private static List<String> fieldCodes(Reply reply) {
    assertEquals(400, reply.status(), reply.toString());
    return reply.json().getJsonArray("fields").stream()
        .map(f -> f.asJsonObject().getString("code"))
        .sorted()
        .collect(Collectors.toList());
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
