package cn.gov.bizenv.portal.it.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Supervision tasks over the API: who may do what (the office creates, assigns, accepts and sends
 * back; the lead unit or a member unit of the lead group reports on its own tasks only; leaders
 * read everything; others are told a task does not exist), the status path with its refusals, the
 * ledger's filters and count, and the sweep raising 催报, 督办 and 通报 once when two sweeps run at the
 * same moment.
 */
class TaskLedgerIT extends PortalIT {
  private static final String GOVERNMENT_SERVICE = "政务服务专项小组";
  private static final String MARKET_ACCESS = "市场准入专项小组";
  private static final String MARKET = "市市场监督管理局";
  private static final String TAX = "市税务局";
  private static final String HUALONG = "华龙区";

  @Test
  void theAccessMatrixAndTheStatusPath() throws Exception {
    ApiClient triage = apiAs("triage");
    ApiClient supervisor = apiAs("supervisor");
    ApiClient leader = apiAs("leader");
    ApiClient unit = apiAs("unit"); // 市市场监督管理局, a member of 政务服务专项小组 and 市场准入专项小组
    ApiClient county = apiAs("county"); // 华龙区, a member of 政务服务专项小组 only
    ApiClient officer = apiAs("officer");
    String marker = UUID.randomUUID().toString().substring(0, 8);
    LocalDate today = LocalDate.now();

    // Only the office records tasks, and every field at fault is named.
    Reply invalid =
        triage.post("api/tasks", "{\"source\":\"ACTION_PLAN\",\"cadence\":\"MONTHLY\"}");
    assertEquals(400, invalid.status(), invalid.toString());
    assertEquals(Set.of("content", "deadline", "leadUnitId"), fields(invalid));
    Reply office =
        triage.post(
            "api/tasks",
            task("营商办牵头 " + marker, triage.unitId("营商环境领导小组办公室"), today.plusDays(60), List.of()));
    assertEquals(400, office.status(), "the office leads no task itself: " + office);
    assertEquals(Set.of("leadUnitId"), fields(office));
    Reply lateMilestone =
        triage.post(
            "api/tasks",
            "{\"source\":\"ACTION_PLAN\",\"content\":\"x\",\"leadUnitId\":"
                + triage.unitId(MARKET)
                + ",\"deadline\":\""
                + today.plusDays(10)
                + "\",\"cadence\":\"MONTHLY\",\"milestones\":[{\"title\":\"晚\",\"dueOn\":\""
                + today.plusDays(20)
                + "\"}]}");
    assertEquals(Set.of("milestones[0].dueOn"), fields(lateMilestone), lateMilestone.toString());
    for (ApiClient notOffice : List.of(unit, leader)) {
      assertEquals(
          403,
          notOffice
              .post("api/tasks", task("x", triage.unitId(MARKET), today.plusDays(30), List.of()))
              .status());
    }
    assertEquals(403, officer.get("api/tasks").status(), "chief service officers have no ledger");

    long groupTask =
        created(
            triage,
            task(
                "政务服务事项 " + marker,
                triage.unitId(GOVERNMENT_SERVICE),
                today.plusDays(90),
                List.of(triage.unitId(TAX))));
    long marketTask =
        created(
            supervisor,
            task("市场监管事项 " + marker, triage.unitId(MARKET), today.plusDays(90), List.of()));

    // Reading: the office and leaders everything; a unit what it leads, itself or through its
    // group.
    for (ApiClient reader : List.of(triage, supervisor, leader, unit)) {
      assertEquals(200, reader.get("api/tasks/" + groupTask).status());
      assertEquals(200, reader.get("api/tasks/" + marketTask).status());
    }
    assertEquals(200, county.get("api/tasks/" + groupTask).status(), "a member of the lead group");
    assertEquals(404, county.get("api/tasks/" + marketTask).status(), "not the county's task");
    assertTrue(ledgerIds(county, "").contains(groupTask));
    assertFalse(ledgerIds(county, "").contains(marketTask));
    assertTrue(ledgerIds(leader, "").containsAll(List.of(groupTask, marketTask)));
    assertTrue(hasTaskNotice(unit, "notice.task.ASSIGNED", marketTask), "the lead is told");

    // Reporting: the lead's units only, on their own tasks.
    assertEquals(404, county.post("api/tasks/" + marketTask + "/reports", report(30)).status());
    assertEquals(403, leader.post("api/tasks/" + groupTask + "/reports", report(30)).status());
    assertEquals(
        403,
        triage.post("api/tasks/" + groupTask + "/milestones/1/met", "{}").status(),
        "the office does not meet the lead's milestones");
    Reply byMember = county.post("api/tasks/" + groupTask + "/reports", report(20));
    assertEquals(201, byMember.status(), byMember.toString());
    Reply badShare = unit.post("api/tasks/" + marketTask + "/reports", report(120));
    assertEquals(Set.of("percentComplete"), fields(badShare), badShare.toString());
    Reply filed = unit.post("api/tasks/" + marketTask + "/reports", report(40));
    assertEquals(201, filed.status(), filed.toString());
    long reportId = filed.json().getJsonNumber("id").longValue();
    String evidence = Base64.getEncoder().encodeToString("进展佐证材料".getBytes(StandardCharsets.UTF_8));
    Reply attached =
        unit.post(
            "api/tasks/" + marketTask + "/reports/" + reportId + "/attachments",
            "{\"fileName\":\"佐证.txt\",\"content\":\"" + evidence + "\"}");
    assertEquals(201, attached.status(), attached.toString());
    String content =
        "api/tasks/"
            + marketTask
            + "/reports/"
            + reportId
            + "/attachments/"
            + attached.json().getJsonNumber("id").longValue()
            + "/content";
    assertEquals(200, leader.download(content).statusCode());
    assertEquals(404, county.download(content).statusCode());
    JsonObject reported = unit.get("api/tasks/" + marketTask).json();
    assertEquals("IN_PROGRESS", reported.getJsonObject("task").getString("status"));
    assertEquals(40, reported.getJsonObject("task").getInt("percentComplete"));
    assertEquals(1, reported.getJsonArray("reports").size());
    assertEquals(
        1, reported.getJsonArray("reports").getJsonObject(0).getJsonArray("attachments").size());

    // Completion: claimed by the lead with evidence, sent back with a reason, accepted by the
    // office.
    String path = "api/tasks/" + marketTask;
    assertEquals(Set.of("note"), fields(unit.post(path + "/completion", "{}")));
    assertEquals(403, triage.post(path + "/completion", "{\"note\":\"完成\"}").status());
    assertEquals("COMPLETED", status(unit.post(path + "/completion", "{\"note\":\"已完成，见佐证\"}")));
    assertTrue(hasTaskNotice(supervisor, "notice.task.COMPLETION_CLAIMED", marketTask));
    assertEquals(403, unit.post(path + "/acceptance", "{}").status(), "units do not accept");
    assertEquals(403, leader.post(path + "/acceptance", "{}").status(), "leaders only read");
    assertEquals(Set.of("note"), fields(supervisor.post(path + "/send-back", "{}")));
    assertEquals(
        "IN_PROGRESS", status(supervisor.post(path + "/send-back", "{\"note\":\"请补充验收材料\"}")));
    assertTrue(hasTaskNotice(unit, "notice.task.SENT_BACK", marketTask));
    assertEquals(
        422,
        triage.post(path + "/acceptance", "{}").status(),
        "nothing to accept while in progress");
    assertEquals("COMPLETED", status(unit.post(path + "/completion", "{\"note\":\"已补充\"}")));
    long version = triage.get(path).json().getJsonNumber("version").longValue();
    assertEquals(
        409, triage.post(path + "/acceptance", "{\"version\":" + (version - 1) + "}").status());
    JsonObject accepted = triage.post(path + "/acceptance", "{\"version\":" + version + "}").json();
    assertEquals("CLOSED", accepted.getJsonObject("task").getString("status"));
    assertEquals(List.of(), accepted.getJsonArray("allowedActions"));
    assertEquals(422, unit.post(path + "/reports", report(100)).status(), "a closed task");
    assertEquals(
        List.of(
            "CREATED",
            "REPORTED",
            "COMPLETION_CLAIMED",
            "SENT_BACK",
            "COMPLETION_CLAIMED",
            "ACCEPTED"),
        accepted.getJsonArray("timeline").stream()
            .map(event -> event.asJsonObject().getString("type"))
            .toList());

    // Assignment: the office hands the group's task to a member; the county then no longer sees it.
    long groupVersion =
        triage.get("api/tasks/" + groupTask).json().getJsonNumber("version").longValue();
    Reply reassigned =
        triage.put(
            "api/tasks/" + groupTask + "/assignment",
            "{\"leadUnitId\":"
                + triage.unitId(MARKET)
                + ",\"responsiblePerson\":\"刘洋\",\"version\":"
                + groupVersion
                + "}");
    assertEquals(200, reassigned.status(), reassigned.toString());
    assertEquals(404, county.get("api/tasks/" + groupTask).status());
    assertEquals(403, unit.put("api/tasks/" + groupTask + "/assignment", "{}").status());

    // The ledger's filters and count agree.
    String byMarketAccess = "groupId=" + triage.unitId(MARKET_ACCESS);
    assertTrue(
        ledgerIds(leader, byMarketAccess).containsAll(List.of(groupTask, marketTask)),
        "a group's filter takes in its member units' tasks");
    JsonObject closed = leader.get("api/tasks?status=CLOSED&limit=200").json();
    assertEquals(
        closed.getJsonNumber("total").longValue(),
        Long.parseLong(leader.get("api/tasks/count?status=CLOSED").body().strip()));
    assertTrue(ledgerIds(leader, "status=CLOSED").contains(marketTask));
    assertFalse(ledgerIds(leader, "status=CLOSED").contains(groupTask));
    // The Excel export: the offices' columns, one row per task of the filtered ledger.
    var export = leader.download("api/tasks/ledger.xlsx?status=CLOSED");
    assertEquals(200, export.statusCode());
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
      var sheet = book.getSheetAt(0);
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
      assertEquals(
          List.of("序号", "任务来源", "任务内容", "牵头单位", "责任人", "配合单位", "完成时限", "进展情况", "完成状态", "备注"),
          header);
      assertEquals(closed.getJsonNumber("total").longValue(), sheet.getLastRowNum());
      boolean found = false;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        var row = sheet.getRow(r);
        if (row.getCell(2).getStringCellValue().equals("市场监管事项 " + marker)) {
          found = true;
          assertEquals("三年行动方案 三年行动方案第7项", row.getCell(1).getStringCellValue());
          assertEquals(MARKET, row.getCell(3).getStringCellValue());
          assertEquals("完成流程梳理", row.getCell(7).getStringCellValue());
          assertEquals("已销号 100%", row.getCell(8).getStringCellValue());
        }
      }
      assertTrue(found, "the accepted task is in the export");
    }
    assertEquals(400, leader.get("api/tasks?status=DONE").status());
    assertEquals(400, leader.get("api/tasks?from=yesterday").status());
  }

  @Test
  void twoSweepsAtOnceRaiseEachStepOnceAndTheTaskShowsOverdue() throws Exception {
    ApiClient triage = apiAs("triage");
    ApiClient supervisor = apiAs("supervisor");
    ApiClient county = apiAs("county");
    LocalDate start = LocalDate.now().minusMonths(4).withDayOfMonth(1);
    LocalDate milestone = start.plusMonths(1).withDayOfMonth(1);
    long id =
        created(
            triage,
            "{\"source\":\"MEETING_DECISION\",\"sourceReference\":\"第3次领导小组会议\",\"sourceDate\":\""
                + start
                + "\",\"content\":\"清理拖欠企业账款 "
                + UUID.randomUUID()
                + "\",\"leadUnitId\":"
                + triage.unitId(HUALONG)
                + ",\"responsiblePerson\":\"陈静\",\"deadline\":\""
                + LocalDate.now().plusMonths(2)
                + "\",\"cadence\":\"MONTHLY\",\"startsOn\":\""
                + start
                + "\",\"milestones\":[{\"title\":\"摸清底数\",\"dueOn\":\""
                + milestone
                + "\"}]}");

    // A month after the milestone: its 督办 and 通报 are due, and the first month's report is late.
    String asOf = milestone.plusDays(30).atTime(9, 0).toString();
    ExecutorService twoServers = Executors.newFixedThreadPool(2);
    Callable<Reply> sweep = () -> supervisor.post("api/tasks/sweep?asOf=" + asOf, "");
    List<Future<Reply>> sweeps = twoServers.invokeAll(List.of(sweep, sweep));
    twoServers.shutdown();
    for (Future<Reply> result : sweeps) {
      assertEquals(200, result.get().status(), result.get().toString());
    }
    Reply again = supervisor.post("api/tasks/sweep?asOf=" + asOf, "");
    assertEquals(0, again.json().getInt("stepsRaised"), "nothing new: " + again);

    JsonObject detail = triage.get("api/tasks/" + id).json();
    List<String> steps = new ArrayList<>();
    for (JsonValue event : detail.getJsonArray("timeline")) {
      JsonObject e = event.asJsonObject();
      if (!e.getString("type").equals("CREATED")) {
        steps.add(e.getString("type") + ":" + e.getString("note", ""));
      }
    }
    assertEquals(steps.size(), new HashSet<>(steps).size(), "each step once: " + steps);
    String firstMonth = String.format("%d-%02d", start.getYear(), start.getMonthValue());
    for (String step :
        List.of(
            "MARKED_OVERDUE:M1",
            "SUPERVISION_ORDER:M1",
            "NOTICE:M1",
            "REPORT_URGED:" + firstMonth)) {
      assertTrue(steps.contains(step), step + " in " + steps);
    }
    assertEquals("OVERDUE", detail.getJsonObject("task").getString("status"));
    assertTrue(detail.getJsonObject("task").getInt("workingDaysLate") > 0, detail.toString());
    assertTrue(detail.getJsonArray("milestones").getJsonObject(0).getBoolean("missed"));

    assertTrue(hasTaskNotice(county, "notice.task.URGE_REPORT", id), "催报 in the lead's bell");
    assertTrue(hasTaskNotice(county, "notice.task.SUPERVISION_ORDER", id));
    assertTrue(hasTaskNotice(supervisor, "notice.task.URGE_REPORT", id), "and the office's");
    assertTrue(ledgerIds(supervisor, "overdue=true").contains(id), "逾期 on the ledger");
    assertEquals(403, county.post("api/tasks/sweep", "").status(), "units do not run the sweep");

    // Late work is still reported, and the task stays 逾期 until completion is claimed.
    Reply late = county.post("api/tasks/" + id + "/reports", report(50));
    assertEquals(201, late.status(), late.toString());
    assertEquals(firstMonth, late.json().getString("periodKey"), "the earliest period unreported");
    assertTrue(late.json().getBoolean("late"));
    assertEquals(
        "OVERDUE", triage.get("api/tasks/" + id).json().getJsonObject("task").getString("status"));
  }

  private static String task(
      String content, long leadUnitId, LocalDate deadline, List<Long> cooperating) {
    return "{\"source\":\"ACTION_PLAN\",\"sourceReference\":\"三年行动方案第7项\",\"content\":\""
        + content
        + "\",\"target\":\"办理时限压缩50%\",\"leadUnitId\":"
        + leadUnitId
        + ",\"responsiblePerson\":\"张三\",\"cooperatingUnitIds\":"
        + cooperating
        + ",\"deadline\":\""
        + deadline
        + "\",\"cadence\":\"MONTHLY\",\"milestones\":[{\"title\":\"制定方案\",\"dueOn\":\""
        + deadline.minusDays(30)
        + "\"}]}";
  }

  private static String report(int percent) {
    return "{\"done\":\"完成流程梳理\",\"nextSteps\":\"推进系统对接\",\"problems\":\"数据共享不畅\",\"percentComplete\":"
        + percent
        + "}";
  }

  private static long created(ApiClient client, String json) {
    Reply reply = client.post("api/tasks", json);
    assertEquals(201, reply.status(), reply.toString());
    return reply.json().getJsonObject("task").getJsonNumber("id").longValue();
  }

  private static String status(Reply reply) {
    assertEquals(200, reply.status(), reply.toString());
    return reply.json().getJsonObject("task").getString("status");
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

  private static List<Long> ledgerIds(ApiClient client, String query) {
    Reply reply = client.get("api/tasks?limit=200&sort=id&order=desc&" + query);
    assertEquals(200, reply.status(), reply.toString());
    return reply.json().getJsonArray("items").stream()
        .map(item -> item.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  private static boolean hasTaskNotice(ApiClient client, String key, long taskId) {
    return client.get("api/notifications?limit=200").json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .anyMatch(
            n ->
                n.getString("messageKey").equals(key)
                    && n.getJsonArray("arguments").getString(0).equals(String.valueOf(taskId)));
  }
}
