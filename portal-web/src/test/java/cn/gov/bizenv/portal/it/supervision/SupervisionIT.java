package cn.gov.bizenv.portal.it.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The working-day clock and the supervision ladder: a dispatched case gets its deadlines; once it
 * is overdue, a sweep raises 催办, 督办单, 通报 and 问责 on their dates, each exactly once even when two
 * sweeps run at the same moment, tells the unit, and the case appears on the overdue board.
 */
class SupervisionIT extends PortalIT {

  @Test
  void anOverdueCaseClimbsTheLadderOnceEvenWhenTwoSweepsRunAtOnce() throws Exception {
    URL base = onLoopback();
    ApiClient triage = apiAs("triage");
    ApiClient supervisor = apiAs("supervisor");
    ApiClient unit = apiAs("unit");

    long market = triage.unitId("市市场监督管理局");
    JsonObject recorded =
        triage
            .post(
                "api/cases",
                "{\"channel\":\"NETIZEN_MESSAGE\",\"title\":\"超期测试 "
                    + UUID.randomUUID()
                    + "\",\"content\":\"内容\",\"concernedUnitId\":"
                    + market
                    + "}")
            .json();
    long id = recorded.getJsonNumber("id").longValue();
    JsonObject accepted =
        act(triage, id, "{\"action\":\"ACCEPT\",\"version\":" + version(recorded) + "}");
    JsonObject dispatched =
        act(
            triage,
            id,
            "{\"action\":\"DISPATCH\",\"version\":"
                + version(accepted)
                + ",\"leadUnitId\":"
                + market
                + "}");
    assertNotNull(dispatched.getString("signOffDue", null), dispatched.toString());
    assertTrue(
        hasNotice(unit, "notice.action.DISPATCH", id), "the lead unit is told a case arrived");
    LocalDateTime replyDue = LocalDateTime.parse(dispatched.getString("replyDue"));
    assertTrue(replyDue.isAfter(LocalDateTime.parse(dispatched.getString("receivedAt"))));

    // Thirty calendar days later is more than ten working days late: every step is due.
    String asOf = replyDue.toLocalDate().plusDays(30).atTime(9, 0).toString();
    ExecutorService twoServers = Executors.newFixedThreadPool(2);
    Callable<Reply> sweep = () -> supervisor.post("api/supervision/sweep?asOf=" + asOf, "");
    List<Future<Reply>> sweeps = twoServers.invokeAll(List.of(sweep, sweep));
    twoServers.shutdown();
    for (Future<Reply> result : sweeps) {
      assertEquals(200, result.get().status(), result.get().toString());
    }

    List<String> types =
        triage.get("api/cases/" + id + "/timeline").structure().asJsonArray().stream()
            .map(event -> event.asJsonObject().getString("type"))
            .toList();
    for (String step :
        List.of("URGE", "ISSUE_SUPERVISION_ORDER", "ISSUE_NOTICE", "RECORD_ACCOUNTABILITY")) {
      assertEquals(1, types.stream().filter(step::equals).count(), step + " once in " + types);
    }
    Reply again = supervisor.post("api/supervision/sweep?asOf=" + asOf, "");
    assertEquals(
        0, again.json().getInt("stepsRaised"), "a later sweep finds nothing new: " + again);

    assertTrue(
        hasNotice(unit, "notice.supervision.URGE", id), "the lead unit is urged in its bell");

    JsonObject board = supervisor.get("api/supervision/overdue?limit=200&asOf=" + asOf).json();
    JsonObject row =
        board.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(item -> item.getJsonNumber("id").longValue() == id)
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("the case is not on the overdue board: " + board));
    assertEquals("ACCOUNTABILITY", row.getString("highestStep"));
    assertTrue(row.getInt("workingDaysOverdue") >= 10, row.toString());

    assertEquals(
        403, unit.post("api/supervision/sweep", "").status(), "units do not run the sweep");
  }

  private static boolean hasNotice(ApiClient client, String key, long caseId) {
    return client.get("api/notifications?limit=200").json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .anyMatch(
            n ->
                n.getString("messageKey").equals(key)
                    && n.getJsonNumber("caseId").longValue() == caseId);
  }

  private static JsonObject act(ApiClient client, long id, String command) {
    Reply reply = client.post("api/cases/" + id + "/actions", command);
    assertEquals(200, reply.status(), reply.toString());
    return reply.json();
  }

  private static long version(JsonObject detail) {
    return detail.getJsonNumber("version").longValue();
  }
}
