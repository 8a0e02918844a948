package cn.gov.bizenv.portal.it.firms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What chief service officers and their leaders hear in the bell: the progress of the firm requests
 * an officer raised, reminders of pushes still undelivered, and firms overdue for a visit, each
 * reminder once even when two sweeps run at the same moment (as on two servers).
 */
class ChiefServiceRemindersIT extends PortalIT {
  static final String PASSWORD = DemoAccounts.PASSWORD;

  ApiClient admin;
  ApiClient officer;
  ApiClient leader;
  ApiClient triage;

  @BeforeEach
  void clients() {
    URL base = onLoopback();
    admin = apiAs("admin");
    officer = apiAs("officer");
    leader = apiAs("leader");
    triage = apiAs("triage");
  }

  @Test
  void theOfficerHearsOfTheMilestonesOfTheFirmRequestsTheyRaised() {
    String marker = "诉求进展" + suffix();
    long firmId = registerFirmFor(marker + "新材料公司", "C", "开发区", marker);
    JsonObject visit =
        Json.createObjectBuilder()
            .add("firmId", firmId)
            .add("status", "HELD")
            .add("visitDate", today().toString())
            .add("summary", "企业反映用电问题。")
            .add(
                "problems",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("title", "用电报装慢 " + marker)
                            .add("content", "新厂房三个月未接电。")
                            .add("concernedUnitId", admin.unitId("开发区"))))
            .build();
    Reply logged = officer.post("api/visits", visit.toString());
    assertEquals(201, logged.status(), logged.toString());
    long visitId = logged.json().getJsonNumber("id").longValue();
    JsonObject raised = logged.json().getJsonArray("cases").getJsonObject(0);
    long caseId = raised.getJsonNumber("id").longValue();
    String number = raised.getString("trackingNumber");

    act(caseId, Json.createObjectBuilder().add("action", "ACCEPT"));
    act(
        caseId,
        Json.createObjectBuilder()
            .add("action", "DISPATCH")
            .add("leadUnitId", admin.unitId("开发区")));

    List<JsonObject> news =
        notices(officer, n -> n.getJsonArray("arguments").getString(0).equals(number));
    assertEquals(
        List.of("notice.watch.DISPATCH", "notice.watch.ACCEPT"),
        news.stream().map(n -> n.getString("messageKey")).toList(),
        "newest first, one per milestone");
    assertEquals(caseId, news.get(0).getJsonNumber("caseId").longValue());
    // The bell leads the officer, who does not see cases, to the visit that raised it.
    assertEquals(403, officer.get("api/cases/" + caseId).status());
    Reply raising = officer.get("api/visits/raising/" + caseId);
    assertEquals(200, raising.status(), raising.toString());
    assertEquals(visitId, raising.json().getJsonNumber("id").longValue());
  }

  @Test
  void twoSimultaneousSweepsRemindOfAnUndeliveredPushOncePerStepAndFlagAnOverdueFirmOnce()
      throws Exception {
    String marker = "提醒" + suffix();
    String undeliveredFirm = marker + "检测公司";
    String deliveredFirm = marker + "设计院";
    registerFirmFor(undeliveredFirm, "M", "台前县", marker);
    long delivered = registerFirmFor(deliveredFirm, "M", "台前县", marker);
    String title = "检验检测机构资质补贴 " + marker;
    JsonObject policy =
        Json.createObjectBuilder()
            .add("title", title)
            .add("issuer", "濮阳市市场监督管理局")
            .add("effectiveOn", today().minusDays(1).toString())
            .add("applicationFree", true)
            .add("industries", Json.createArrayBuilder().add("M"))
            .add("districts", Json.createArrayBuilder().add(admin.unitId("台前县")))
            .add("tags", Json.createArrayBuilder().add(marker))
            .build();
    Reply added = admin.post("api/policies", policy.toString());
    assertEquals(201, added.status(), added.toString());
    long policyId = added.json().getJsonNumber("id").longValue();
    Reply pushed = admin.post("api/policies/" + policyId + "/push", "");
    assertEquals(200, pushed.status(), pushed.toString());
    assertEquals(2, pushed.json().getInt("created"), "only the two tagged firms match");
    JsonObject toDeliver =
        officer
            .get("api/deliveries?policyId=" + policyId + "&firmId=" + delivered)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    Reply step =
        officer.post(
            "api/deliveries/" + toDeliver.getJsonNumber("id") + "/steps",
            Json.createObjectBuilder()
                .add("state", "DELIVERED")
                .add("on", today().toString())
                .add("version", toDeliver.getJsonNumber("version").longValue())
                .build()
                .toString());
    assertEquals(200, step.status(), step.toString());

    // Sixty days on, both reminder steps (5 and 10 working days) are due and both firms, due for a
    // visit one cadence (30 days) after assignment, are overdue.
    String asOf = today().plusDays(60).atTime(9, 0).toString();
    ExecutorService twoServers = Executors.newFixedThreadPool(2);
    Callable<Reply> sweep = () -> admin.post("api/reminders/sweep?asOf=" + asOf, "");
    List<Future<Reply>> sweeps = twoServers.invokeAll(List.of(sweep, sweep));
    twoServers.shutdown();
    for (Future<Reply> result : sweeps) {
      assertEquals(200, result.get().status(), result.get().toString());
    }

    Map<String, Long> reminders =
        notices(
                officer,
                n ->
                    n.getString("messageKey").equals("notice.delivery.undelivered.WORKING")
                        && n.getJsonArray("arguments").getString(0).equals(title))
            .stream()
            .peek(
                n ->
                    assertEquals(
                        undeliveredFirm,
                        n.getJsonArray("arguments").getString(1),
                        "the delivered firm is not reminded of"))
            .collect(
                Collectors.groupingBy(
                    n -> n.getJsonArray("arguments").getString(2), Collectors.counting()));
    assertEquals(Map.of("5", 1L, "10", 1L), reminders, "one reminder per step, not one per sweep");

    List<JsonObject> officerFlags =
        notices(officer, flagOf("notice.firm.visitOverdue", undeliveredFirm));
    assertEquals(1, officerFlags.size(), officerFlags.toString());
    assertEquals(
        today().plusDays(30).toString(),
        officerFlags.get(0).getJsonArray("arguments").getString(1));
    // The officer's district has no leader of its own: the leading group office's leader hears of
    // it.
    List<JsonObject> leaderFlags =
        notices(leader, flagOf("notice.firm.visitOverdue.leader", undeliveredFirm));
    assertEquals(1, leaderFlags.size(), leaderFlags.toString());
    assertEquals("赵磊", leaderFlags.get(0).getJsonArray("arguments").getString(2));
    assertEquals(1, notices(officer, flagOf("notice.firm.visitOverdue", deliveredFirm)).size());

    Reply again = admin.post("api/reminders/sweep?asOf=" + asOf, "");
    assertEquals(200, again.status(), again.toString());
    assertEquals(
        0, again.json().getInt("remindersSent"), "a later sweep finds nothing new: " + again);
    assertEquals(0, again.json().getInt("firmsFlagged"), again.toString());
    assertTrue(again.json().getInt("overdueFirmsChecked") >= 2, again.toString());

    assertEquals(
        403, officer.post("api/reminders/sweep", "").status(), "officers do not run the sweep");
    assertEquals(400, admin.post("api/reminders/sweep?asOf=tomorrow", "").status());
  }

  private static java.util.function.Predicate<JsonObject> flagOf(String key, String firmName) {
    return n ->
        n.getString("messageKey").equals(key)
            && n.getJsonArray("arguments").getString(0).equals(firmName);
  }

  /** The person's notifications that pass the filter, newest first, read page by page. */
  private static List<JsonObject> notices(
      ApiClient who, java.util.function.Predicate<JsonObject> filter) {
    List<JsonObject> found = new ArrayList<>();
    int offset = 0;
    while (true) {
      JsonObject page = who.get("api/notifications?limit=200&offset=" + offset).json();
      page.getJsonArray("items").stream()
          .map(JsonValue::asJsonObject)
          .filter(filter)
          .forEach(found::add);
      offset += 200;
      if (offset >= page.getInt("total")) {
        return found;
      }
    }
  }

  private void act(long caseId, jakarta.json.JsonObjectBuilder action) {
    long version = triage.get("api/cases/" + caseId).json().getJsonNumber("version").longValue();
    Reply done =
        triage.post(
            "api/cases/" + caseId + "/actions", action.add("version", version).build().toString());
    assertEquals(200, done.status(), done.toString());
  }

  private long registerFirmFor(String name, String industry, String district, String tag) {
    JsonObject firm =
        Json.createObjectBuilder()
            .add("name", name)
            .add("creditCode", ChiefServiceIT.validCode())
            .add("industryCode", industry)
            .add("size", "SMALL")
            .add("districtId", admin.unitId(district))
            .add("keyProject", false)
            .add("tags", Json.createArrayBuilder().add(tag))
            .build();
    Reply registered = admin.post("api/firms", firm.toString());
    assertEquals(201, registered.status(), registered.toString());
    long id = registered.json().getJsonNumber("id").longValue();
    long officerId =
        admin.get("api/assignments/officers").structure().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getString("username").equals("officer"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    Reply assigned =
        admin.post(
            "api/firms/" + id + "/assignments",
            Json.createObjectBuilder()
                .add("officerId", officerId)
                .add("version", registered.json().getJsonNumber("version").longValue())
                .build()
                .toString());
    assertEquals(200, assigned.status(), assigned.toString());
    return id;
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
