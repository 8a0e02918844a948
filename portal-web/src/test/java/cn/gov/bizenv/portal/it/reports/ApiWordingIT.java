package cn.gov.bizenv.portal.it.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The API words what it shows in the caller's language: a notification carries its text beside its
 * key, and the dashboard's channel and status rows carry display names beside their enum keys.
 */
class ApiWordingIT extends PortalIT {

  @Test
  void aNotificationCarriesItsTextInTheCallersLanguage() {
    // The demo's overdue case was urged by the sweep after seeding; the lead unit was told.
    JsonObject overdue =
        apiAs("unit").get("api/cases?limit=100&alert=OVERDUE").json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(row -> row.getString("title").equals("食品小作坊登记证办理超过承诺时限"))
            .findFirst()
            .orElseThrow();
    long caseId = overdue.getJsonNumber("id").longValue();
    String trackingNumber = overdue.getString("trackingNumber");
    JsonObject urged = urgeNotice(apiAs("unit"), caseId);
    assertEquals(
        "【催办】案件 " + trackingNumber + "《食品小作坊登记证办理超过承诺时限》已超过答复期限，请立即办理并答复。",
        urged.getString("text"));
    JsonObject inEnglish = urgeNotice(apiAs("unit").inEnglish(), caseId);
    assertTrue(
        inEnglish.getString("text").startsWith("[Urge] Case " + trackingNumber),
        inEnglish.toString());
  }

  @Test
  void dashboardRowsNameTheirChannelAndStatusBesideTheKey() {
    LocalDate today = LocalDate.now();
    String period = "from=" + today.minusDays(60) + "&to=" + today;
    JsonObject chinese = apiAs("leader").get("api/reports/dashboard?" + period).json();
    Map<String, String> channels = labels(chinese, "byChannel");
    assertEquals("市长信箱", channels.get("MAYOR_MAILBOX"), channels.toString());
    assertEquals("办理中", labels(chinese, "byStatus").get("IN_PROGRESS"));
    JsonObject english = apiAs("leader").inEnglish().get("api/reports/dashboard?" + period).json();
    assertEquals("Mayor's mailbox", labels(english, "byChannel").get("MAYOR_MAILBOX"));
  }

  /** The unit's 催办 notice about the case, from whichever page of the bell it is on. */
  private static JsonObject urgeNotice(ApiClient unit, long caseId) {
    for (int offset = 0; ; offset += 100) {
      JsonObject page = unit.get("api/notifications?limit=100&offset=" + offset).json();
      var found =
          page.getJsonArray("items").stream()
              .map(JsonValue::asJsonObject)
              .filter(item -> item.getString("messageKey").equals("notice.supervision.URGE"))
              .filter(item -> !item.isNull("caseId"))
              .filter(item -> item.getJsonNumber("caseId").longValue() == caseId)
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      if (offset + 100 >= page.getInt("total")) {
        throw new AssertionError("no 催办 notice for case " + caseId + " in the unit's bell");
      }
    }
  }

  private static Map<String, String> labels(JsonObject dashboard, String breakdown) {
    return dashboard.getJsonArray(breakdown).stream()
        .map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(row -> row.getString("key"), row -> row.getString("label")));
  }
}
