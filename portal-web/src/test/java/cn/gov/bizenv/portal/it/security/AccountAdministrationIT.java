package cn.gov.bizenv.portal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The administrator's account register over the API: an account created, used, changed, given a new
 * password, deactivated and reactivated, each change in the audit log and none of them by anyone
 * but an administrator; bad input named field by field; no answer carries a password.
 */
class AccountAdministrationIT extends PortalIT {
  private static final String PASSWORD = "Handler@2026-long";

  @Test
  void anAccountIsCreatedUsedChangedResetDeactivatedAndEveryChangeIsAudited() {
    ApiClient admin = apiAs("admin");
    String username = "handler" + UUID.randomUUID().toString().substring(0, 6);
    long county = admin.unitId("华龙区");
    Reply created = admin.post("api/accounts", account(username, county, "UNIT_HANDLER"));
    assertEquals(201, created.status(), created.toString());
    JsonObject account = created.json();
    assertFalse(created.body().contains(PASSWORD), "no password in the answer");
    assertFalse(account.containsKey("passwordHash"));
    assertEquals("华龙区", account.getString("unitName"));
    long id = account.getJsonNumber("id").longValue();

    ApiClient handler = ApiClient.as(onLoopback(), username, PASSWORD);
    assertEquals(200, handler.get("api/cases?limit=5").status(), "the new handler signs in");
    assertEquals(403, handler.get("api/accounts").status(), "and is no administrator");

    Reply changed =
        admin.put(
            "api/accounts/" + id,
            Json.createObjectBuilder()
                .add("displayName", "刘新华")
                .add("unitId", admin.unitId("市市场监督管理局"))
                .add("roles", Json.createArrayBuilder().add("UNIT_HANDLER").add("LEADER"))
                .add("version", account.getJsonNumber("version").longValue())
                .build()
                .toString());
    assertEquals(200, changed.status(), changed.toString());
    assertEquals("市市场监督管理局", changed.json().getString("unitName"));
    assertEquals(
        200,
        handler.get("api/reports/ranking?from=2026-12-01&to=2026-12-31").status(),
        "a leader reads the ranking");

    long version = admin.get("api/accounts/" + id).json().getJsonNumber("version").longValue();
    String newPassword = "Another#Pass-2027";
    Reply reset =
        admin.post(
            "api/accounts/" + id + "/password",
            "{\"password\":\"" + newPassword + "\",\"version\":" + version + "}");
    assertEquals(200, reset.status(), reset.toString());
    assertEquals(401, handler.get("api/cases?limit=1").status(), "the old password is gone");
    ApiClient renewed = ApiClient.as(onLoopback(), username, newPassword);
    assertEquals(200, renewed.get("api/cases?limit=1").status());

    version = admin.get("api/accounts/" + id).json().getJsonNumber("version").longValue();
    Reply deactivated = admin.post("api/accounts/" + id + "/deactivation?version=" + version, "");
    assertEquals(200, deactivated.status(), deactivated.toString());
    assertFalse(deactivated.json().getBoolean("active"));
    assertEquals(401, renewed.get("api/cases?limit=1").status(), "a deactivated account is out");
    version = deactivated.json().getJsonNumber("version").longValue();
    assertEquals(
        200, admin.post("api/accounts/" + id + "/reactivation?version=" + version, "").status());
    assertEquals(200, renewed.get("api/cases?limit=1").status(), "and back in");

    List<String> audited =
        admin.get("api/audit?event=ACCOUNT_CHANGED&limit=50").json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(entry -> entry.getString("subject", "").equals("account " + username))
            .map(entry -> entry.getString("actor") + ": " + entry.getString("detail", ""))
            .toList();
    assertEquals(5, audited.size(), audited.toString());
    assertTrue(audited.stream().allMatch(entry -> entry.startsWith("admin: ")), audited.toString());
    assertTrue(audited.contains("admin: password reset"), audited.toString());
    assertTrue(
        audited.stream().anyMatch(entry -> entry.contains("name 刘新 → 刘新华")), audited.toString());
    assertTrue(
        audited.stream()
            .anyMatch(entry -> entry.contains("roles UNIT_HANDLER → LEADER,UNIT_HANDLER")),
        audited.toString());
    assertTrue(audited.stream().noneMatch(entry -> entry.contains(newPassword)));
  }

  @Test
  void badInputIsNamedFieldByFieldAndNothingIsCreated() {
    ApiClient admin = apiAs("admin");
    long county = admin.unitId("华龙区");
    Reply refused =
        admin.post(
            "api/accounts",
            Json.createObjectBuilder()
                .add("username", "Bad Name")
                .add("displayName", "\u3000")
                .add("unitId", 999_999)
                .add("roles", Json.createArrayBuilder())
                .add("password", "short")
                .build()
                .toString());
    assertEquals(400, refused.status(), refused.toString());
    assertEquals(
        List.of(
            "displayName account.displayName.required",
            "password account.password.size",
            "roles account.roles.required",
            "username account.username.format"),
        fields(refused));
    Reply unknownUnit = admin.post("api/accounts", account("nounit" + county, 999_999, "LEADER"));
    assertEquals(List.of("unitId account.unit.unknown"), fields(unknownUnit));
    Reply taken = admin.post("api/accounts", account("triage", county, "LEADER"));
    assertEquals(409, taken.status(), taken.toString());
    assertEquals(
        0,
        admin.get("api/accounts?q=nounit").json().getJsonNumber("total").longValue(),
        "nothing was created");
    Reply unknownRole = admin.get("api/accounts?role=KING");
    assertEquals(400, unknownRole.status(), unknownRole.toString());
  }

  @Test
  void anAdministratorCannotLockThemselfOutAndOnlyAdministratorsManageAccounts() {
    ApiClient admin = apiAs("admin");
    JsonObject self =
        admin.get("api/accounts?q=admin&role=ADMINISTRATOR").json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(account -> account.getString("username").equals("admin"))
            .findFirst()
            .orElseThrow();
    long id = self.getJsonNumber("id").longValue();
    long version = self.getJsonNumber("version").longValue();
    Reply deactivate = admin.post("api/accounts/" + id + "/deactivation?version=" + version, "");
    assertEquals(422, deactivate.status(), deactivate.toString());
    assertEquals("account.self.deactivate", deactivate.json().getString("code"));
    Reply demote =
        admin.put(
            "api/accounts/" + id,
            Json.createObjectBuilder()
                .add("displayName", self.getString("displayName"))
                .add("unitId", self.getJsonNumber("unitId").longValue())
                .add("roles", Json.createArrayBuilder().add("LEADER"))
                .add("version", version)
                .build()
                .toString());
    assertEquals(422, demote.status(), demote.toString());
    assertEquals("account.self.adminRole", demote.json().getString("code"));

    for (String other : List.of("triage", "supervisor", "leader", "unit", "officer")) {
      ApiClient caller = apiAs(other);
      assertEquals(403, caller.get("api/accounts").status(), other);
      assertEquals(
          403,
          caller.post("api/accounts", account("x" + other, 1, "ADMINISTRATOR")).status(),
          other);
      assertEquals(403, caller.post("api/accounts/" + id + "/password", "{}").status(), other);
    }
    assertEquals(401, ApiClient.anonymous(onLoopback()).get("api/accounts").status());
  }

  private static String account(String username, long unitId, String... roles) {
    JsonArrayBuilder granted = Json.createArrayBuilder();
    for (String role : roles) {
      granted.add(role);
    }
    return Json.createObjectBuilder()
        .add("username", username)
        .add("displayName", "刘新")
        .add("unitId", unitId)
        .add("roles", granted)
        .add("password", PASSWORD)
        .build()
        .toString();
  }

  private static List<String> fields(Reply reply) {
    assertEquals(400, reply.status(), reply.toString());
    return reply.json().getJsonArray("fields").stream()
        .map(JsonValue::asJsonObject)
        .map(field -> field.getString("field") + " " + field.getString("code"))
        .sorted()
        .toList();
  }
}
