package cn.gov.bizenv.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.FormSession;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who saw a writer's contact data unmasked is recorded; a masked view is not (issue 18, the audit
 * log). Administrators read the log; nobody else does, and nobody can change it.
 */
class AuditLogIT extends PortalIT {
  @Test
  void aTriageOfficerSeeingTheWritersContactLeavesAnEntryAndAUnitHandlersMaskedViewDoesNot() {
    ApiClient triage = apiAs("triage");
    ApiClient unit = apiAs("unit");
    ApiClient admin = apiAs("admin");
    long market = triage.unitId("市市场监督管理局");
    Reply recorded =
        triage.post(
            "api/cases",
            Json.createObjectBuilder()
                .add("channel", "MAYOR_MAILBOX")
                .add("title", "审计测试 " + UUID.randomUUID().toString().substring(0, 8))
                .add("content", "门店占道经营。")
                .add("concernedUnitId", market)
                .add("writerName", "赵六")
                .add("writerPhone", "13912345678")
                .add("writerIdNumber", "11010519491231002X")
                .build()
                .toString());
    assertEquals(201, recorded.status(), recorded.toString());
    long id = recorded.json().getJsonNumber("id").longValue();
    act(triage, triage, id, "ACCEPT", Json.createObjectBuilder());
    act(triage, triage, id, "DISPATCH", Json.createObjectBuilder().add("leadUnitId", market));

    JsonObject seenByTriage = triage.get("api/cases/" + id).json();
    assertEquals("13912345678", seenByTriage.getJsonObject("writer").getString("phone"));
    List<JsonObject> triageEntries = entries(admin, "triage", "case " + id);
    assertFalse(triageEntries.isEmpty(), "the unmasked view is in the log");
    JsonObject entry = triageEntries.get(0);
    assertEquals("PERSONAL_DATA_VIEWED", entry.getString("event"));
    assertFalse(entry.isNull("address"), entry.toString());
    assertTrue(entry.containsKey("occurredAt"));

    JsonObject seenByUnit = unit.get("api/cases/" + id).json();
    assertTrue(seenByUnit.getJsonObject("writer").getBoolean("masked"), seenByUnit.toString());
    assertEquals(List.of(), entries(admin, "unit", "case " + id), "a masked view is not recorded");
  }

  @Test
  void signInsAndTheirFailuresAreRecordedAndOnlyAdministratorsReadTheLog() {
    String address = ApiClient.randomAddress();
    ApiClient.as(onLoopback(), "supervisor", "wrong-password").from(address).get("api/cases");
    Reply log = apiAs("admin").get("api/audit?actor=supervisor&event=SIGN_IN_FAILED&limit=50");
    assertEquals(200, log.status(), log.toString());
    assertTrue(
        log.json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(e -> address.equals(e.getString("address", null))),
        log.toString());
    assertEquals(403, apiAs("triage").get("api/audit").status());
    Reply badEvent = apiAs("admin").get("api/audit?event=NOPE");
    assertEquals(400, badEvent.status(), badEvent.toString());
    assertEquals(
        "event", badEvent.json().getJsonArray("fields").getJsonObject(0).getString("field"));
    // there is no way to change or remove an entry
    assertEquals(405, apiAs("admin").delete("api/audit").status());
  }

  @Test
  void anExportIsRecordedWithWhatWasExported() {
    var book = apiAs("leader").download("api/reports/dashboard.xlsx?from=2026-01-01&to=2026-12-31");
    assertEquals(200, book.statusCode());
    Reply log = apiAs("admin").get("api/audit?actor=leader&event=EXPORT&limit=50");
    assertTrue(
        log.json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(e -> e.getString("subject", "").contains("dashboard.xlsx")),
        log.toString());
  }

  @Test
  void administratorsReadTheLogOnItsPageAndOthersAreRefused() {
    FormSession admin = FormSession.signIn(onLoopback(), "admin");
    java.net.http.HttpResponse<String> page =
        admin.send(admin.request("admin/audit.xhtml").header("Accept-Language", "zh-CN"));
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("审计日志"), page.body());
    assertTrue(page.body().contains("登录"), "the sign-in just made is listed");
    FormSession triage = FormSession.signIn(onLoopback(), "triage");
    assertEquals(403, triage.send(triage.request("admin/audit.xhtml")).statusCode());
  }

  private static List<JsonObject> entries(ApiClient admin, String actor, String subject) {
    Reply page = admin.get("api/audit?actor=" + actor + "&event=PERSONAL_DATA_VIEWED&limit=200");
    assertEquals(200, page.status(), page.toString());
    return page.json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> subject.equals(e.getString("subject", null)))
        .toList();
  }

  private static void act(
      ApiClient reader, ApiClient who, long caseId, String action, JsonObjectBuilder inputs) {
    long version = reader.get("api/cases/" + caseId).json().getJsonNumber("version").longValue();
    Reply reply =
        who.post(
            "api/cases/" + caseId + "/actions",
            inputs.add("action", action).add("version", version).build().toString());
    assertEquals(200, reply.status(), action + ": " + reply);
  }
}
