package cn.gov.bizenv.portal.it.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rectification (整改) over the API: a case found wanting starts a rectification task in one call,
 * led by the case's lead unit; the lead files the plan, the office sends it back with a reason and
 * then approves it, and accepts (销号) each item with its evidence; the refusals on the way.
 */
class RectificationIT extends PortalIT {

  @Test
  void aCaseStartsARectificationWhosePlanIsApprovedAndWhoseItemsAreAccepted() {
    ApiClient triage = apiAs("triage");
    ApiClient supervisor = apiAs("supervisor");
    ApiClient unit = apiAs("unit");
    ApiClient county = apiAs("county");
    long market = triage.unitId("市市场监督管理局");
    JsonObject found =
        triage.get("api/cases?status=IN_PROGRESS&limit=200").json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> "市市场监督管理局".equals(c.getString("leadUnitName", null)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the demo's case in progress at 市市场监督管理局"));
    long caseId = found.getJsonNumber("id").longValue();
    LocalDate deadline = LocalDate.now().plusMonths(2);

    assertEquals(
        403,
        unit.post("api/tasks/rectifications", "{\"caseId\":" + caseId + "}").status(),
        "units do not start rectifications");
    Reply invalid = triage.post("api/tasks/rectifications", "{\"caseId\":-5}");
    assertEquals(400, invalid.status(), invalid.toString());
    Reply started =
        triage.post(
            "api/tasks/rectifications",
            "{\"caseId\":" + caseId + ",\"deadline\":\"" + deadline + "\"}");
    assertEquals(201, started.status(), started.toString());
    JsonObject task = started.json();
    long id = task.getJsonObject("task").getJsonNumber("id").longValue();
    assertEquals("SUPERVISION_FINDING", task.getJsonObject("task").getString("source"));
    assertEquals(
        found.getString("trackingNumber"), task.getJsonObject("task").getString("sourceReference"));
    assertEquals("整改：" + found.getString("title"), task.getJsonObject("task").getString("content"));
    assertEquals(
        found.getString("leadUnitName"), task.getJsonObject("task").getString("leadUnitName"));
    assertEquals("AWAITED", task.getString("planStatus"));
    assertEquals(caseId, task.getJsonNumber("sourceCaseId").longValue());

    String plan =
        "{\"items\":[{\"problem\":\"审批时限超承诺\",\"measures\":\"压缩环节，实行并联审批\",\"responsiblePerson\":\"刘洋\",\"deadline\":\""
            + deadline.minusMonths(1)
            + "\"},{\"problem\":\"窗口告知不清\",\"measures\":\"编制一次性告知清单\",\"deadline\":\""
            + deadline
            + "\"}]}";
    String path = "api/tasks/rectifications/" + id;
    Reply emptyPlan = unit.put(path + "/plan", "{\"items\":[]}");
    assertEquals(Set.of("items"), fields(emptyPlan));
    Reply badItem = unit.put(path + "/plan", "{\"items\":[{\"problem\":\"\",\"measures\":\"x\"}]}");
    assertEquals(Set.of("items[0].problem", "items[0].deadline"), fields(badItem));
    assertEquals(404, county.put(path + "/plan", plan).status(), "not the county's task");
    assertEquals(403, triage.put(path + "/plan", plan).status(), "the lead files the plan");
    assertEquals(
        422, triage.post(path + "/plan/approval", "{}").status(), "no plan filed to approve");
    assertEquals("SUBMITTED", planStatus(unit.put(path + "/plan", plan)));
    assertEquals(422, unit.put(path + "/plan", plan).status(), "filed once until decided");
    assertEquals(403, unit.post(path + "/plan/approval", "{}").status());
    assertEquals(Set.of("note"), fields(supervisor.post(path + "/plan/send-back", "{}")));
    assertEquals(
        "SENT_BACK",
        planStatus(supervisor.post(path + "/plan/send-back", "{\"note\":\"措施不够具体\"}")));
    assertEquals("SUBMITTED", planStatus(unit.put(path + "/plan", plan)));
    assertEquals(
        422,
        triage.post(path + "/items/1/acceptance", "{\"note\":\"佐证\"}").status(),
        "nothing is accepted before the plan is approved");
    assertEquals("APPROVED", planStatus(triage.post(path + "/plan/approval", "{}")));

    assertEquals(Set.of("note"), fields(triage.post(path + "/items/1/acceptance", "{}")));
    Reply accepted = triage.post(path + "/items/1/acceptance", "{\"note\":\"已实行并联审批，见文件\"}");
    assertEquals(200, accepted.status(), accepted.toString());
    JsonObject first = accepted.json().getJsonArray("rectificationItems").getJsonObject(0);
    assertEquals(
        LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), first.getString("acceptedOn"));
    assertEquals("triage", first.getString("acceptedBy"));
    assertEquals("已实行并联审批，见文件", first.getString("evidence"));
    JsonObject second = accepted.json().getJsonArray("rectificationItems").getJsonObject(1);
    assertTrue(!second.containsKey("acceptedOn") || second.isNull("acceptedOn"), second.toString());
    assertEquals(
        422, triage.post(path + "/items/1/acceptance", "{\"note\":\"再次\"}").status(), "once");
    assertEquals(404, triage.post(path + "/items/9/acceptance", "{\"note\":\"无\"}").status());

    // Progress is reported as on any task, by the lead.
    Reply report =
        unit.post("api/tasks/" + id + "/reports", "{\"done\":\"完成第一项整改\",\"percentComplete\":50}");
    assertEquals(201, report.status(), report.toString());
    List<String> timeline =
        triage.get("api/tasks/" + id).json().getJsonArray("timeline").stream()
            .map(e -> e.asJsonObject().getString("type"))
            .toList();
    assertEquals(
        List.of(
            "CREATED",
            "RECTIFICATION_STARTED",
            "PLAN_FILED",
            "PLAN_SENT_BACK",
            "PLAN_FILED",
            "PLAN_APPROVED",
            "ITEM_ACCEPTED",
            "REPORTED"),
        timeline);
    // A task that is no rectification has no plan.
    long ordinary =
        triage
            .post(
                "api/tasks",
                "{\"source\":\"ACTION_PLAN\",\"content\":\"普通任务\",\"leadUnitId\":"
                    + market
                    + ",\"deadline\":\""
                    + deadline
                    + "\",\"cadence\":\"MONTHLY\"}")
            .json()
            .getJsonObject("task")
            .getJsonNumber("id")
            .longValue();
    assertEquals(422, unit.put("api/tasks/rectifications/" + ordinary + "/plan", plan).status());
  }

  private static String planStatus(Reply reply) {
    assertEquals(200, reply.status(), reply.toString());
    return reply.json().getString("planStatus");
  }

  private static Set<String> fields(Reply reply) {
    assertEquals(400, reply.status(), reply.toString());
    Set<String> fields = new HashSet<>();
    reply
        .json()
        .getJsonArray("fields")
        .forEach(f -> fields.add(f.asJsonObject().getString("field")));
    return fields;
  }
}
