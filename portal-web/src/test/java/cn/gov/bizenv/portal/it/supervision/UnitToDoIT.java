package cn.gov.bizenv.portal.it.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.Browser;
import cn.gov.bizenv.portal.it.DemoAccounts;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo data shows the supervision side at once (a case to sign for, one past its first warning,
 * one overdue and already urged by the sweep that follows seeding), and a unit's to-do counts are
 * the totals of the lists they link to, scoped to the unit.
 */
class UnitToDoIT extends PortalIT {
  static final String OVERDUE_DEMO_CASE = "食品小作坊登记证办理超过承诺时限";
  static final String NEAR_WARNING_DEMO_CASE = "小微企业个体户转企业登记材料重复提交";
  static final Map<String, String> LIST_OF_COUNT =
      Map.of(
          "awaitingSignOff", "status=DISPATCHED",
          "inProgress", "status=IN_PROGRESS",
          "dueSoon", "alert=DUE_SOON",
          "overdue", "alert=OVERDUE",
          "pressed", "alert=PRESSED");

  @Test
  void eachCountOfAUnitsToDoIsTheTotalOfItsListAndTheDemoShowsEveryKind() {
    ApiClient unit = apiAs("unit");
    JsonObject toDo = unit.get("api/cases/to-do").json();
    for (Map.Entry<String, String> count : LIST_OF_COUNT.entrySet()) {
      long shown = toDo.getJsonNumber(count.getKey()).longValue();
      assertTrue(shown >= 1, "the demo gives the unit something " + count.getKey() + ": " + toDo);
      JsonObject list = unit.get("api/cases?limit=1&" + count.getValue()).json();
      assertEquals(shown, list.getInt("total"), count.getKey() + " vs its list " + list);
    }
    assertTrue(titles(unit, "alert=OVERDUE").contains(OVERDUE_DEMO_CASE));
    assertTrue(titles(unit, "alert=DUE_SOON").contains(NEAR_WARNING_DEMO_CASE));
    assertFalse(
        titles(unit, "alert=DUE_SOON").contains(OVERDUE_DEMO_CASE), "overdue is not due soon");
    assertEquals(400, unit.get("api/cases?alert=LATE").status(), "an unknown alert is refused");
  }

  @Test
  void theOverdueDemoCaseIsUrgedOnTheBoardAndNotAnotherUnitsToDo() {
    ApiClient triage = apiAs("triage");
    JsonObject overdue = firstTitled(triage, OVERDUE_DEMO_CASE);
    long id = overdue.getJsonNumber("id").longValue();
    List<String> types =
        triage.get("api/cases/" + id + "/timeline").structure().asJsonArray().stream()
            .map(event -> event.asJsonObject().getString("type"))
            .toList();
    assertTrue(types.contains("URGE"), "the sweep after seeding urged it: " + types);
    assertTrue(types.contains("ISSUE_SUPERVISION_ORDER"), types.toString());

    JsonObject board = apiAs("supervisor").get("api/supervision/overdue?limit=200").json();
    assertTrue(
        board.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(row -> row.getJsonNumber("id").longValue() == id),
        "on the overdue board: " + board);

    // 华龙区 does not handle it, so its counts and lists leave it out.
    ApiClient county = apiAs("county");
    assertFalse(titles(county, "alert=OVERDUE").contains(OVERDUE_DEMO_CASE));
    assertEquals(
        county.get("api/cases?limit=1&alert=OVERDUE").json().getInt("total"),
        county.get("api/cases/to-do").json().getInt("overdue"));
  }

  @Test
  void everyDemoCaseUnderWayIsOnTheClock() {
    ApiClient triage = apiAs("triage");
    for (String status : List.of("DISPATCHED", "IN_PROGRESS")) {
      JsonObject list = triage.get("api/cases?limit=100&status=" + status).json();
      for (JsonValue row : list.getJsonArray("items")) {
        long id = row.asJsonObject().getJsonNumber("id").longValue();
        JsonObject detail = triage.get("api/cases/" + id).json();
        assertNotNull(detail.getString("replyDue", null), "a case on the clock: " + detail);
      }
    }
  }

  @Test
  void theUnitsHomeShowsItsCountsEachLinkingToItsList() {
    long overdue = apiAs("unit").get("api/cases/to-do").json().getJsonNumber("overdue").longValue();
    try (Browser unit = new Browser(deployed)) {
      unit.signIn("unit", DemoAccounts.PASSWORD);
      unit.open("index.xhtml");
      String counts = unit.text("#unitToDo");
      for (String label : List.of("待签收", "办理中", "即将超期", "已超期", "被催办/督办")) {
        assertTrue(counts.contains(label), counts);
      }
      assertTrue(unit.text("#overdue").startsWith(Long.toString(overdue)), unit.text("#overdue"));
      unit.find("#overdue").click();
      unit.waitForText(Browser.id("casesForm:casesTable"), OVERDUE_DEMO_CASE);
      // The list's status filter offers only what a unit's cases can be.
      String statuses = unit.find(Browser.id("casesForm:status_input")).getAttribute("textContent");
      assertFalse(statuses.contains("待受理"), statuses);
      assertTrue(statuses.contains("办理中"), statuses);
    }
  }

  private static List<String> titles(ApiClient caller, String filter) {
    return caller.get("api/cases?limit=100&" + filter).json().getJsonArray("items").stream()
        .map(row -> row.asJsonObject().getString("title"))
        .toList();
  }

  private static JsonObject firstTitled(ApiClient caller, String title) {
    return caller.get("api/cases?limit=100&alert=OVERDUE").json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(row -> row.getString("title").equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no overdue demo case titled " + title));
  }
}
