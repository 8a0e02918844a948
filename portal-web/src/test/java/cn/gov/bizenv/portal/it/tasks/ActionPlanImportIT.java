package cn.gov.bizenv.portal.it.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.PortalIT;
import cn.gov.bizenv.portal.it.TestFiles;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The action plan import over the API: a workbook with a bad row is previewed row by row with its
 * Chinese messages, refused as a whole by default, and its valid rows imported on request as tasks
 * with their milestones and cooperating units, seen by the lead group's member units.
 */
class ActionPlanImportIT extends PortalIT {

  @Test
  void anActionPlanIsPreviewedRowByRowAndItsValidRowsImported() throws Exception {
    ApiClient triage = apiAs("triage");
    String mark = UUID.randomUUID().toString().substring(0, 6);
    LocalDate deadline = LocalDate.now().plusMonths(6);
    byte[] plan =
        TestFiles.workbook(
            new String[] {"任务编号", "任务内容", "目标", "牵头单位", "责任人", "配合单位", "完成时限", "报送频次", "节点"},
            new String[] {
              mark + "-1",
              "推行企业开办一日办结 " + mark,
              "1个工作日内办结",
              "政务服务专项小组",
              "王敏",
              "市市场监督管理局、市税务局",
              deadline.toString(),
              "月报",
              deadline.minusMonths(3) + " 完成流程再造；" + deadline.minusMonths(1) + " 系统上线"
            },
            new String[] {mark + "-2", "", "", "不存在的局", "", "", "明年", "日报", ""},
            new String[] {
              mark + "-3", "清理拖欠企业账款 " + mark, "", "华龙区", "陈静", "", deadline.toString(), "季报", ""
            });
    Reply preview = triage.post("api/tasks/plan/preview", TestFiles.XLSX, plan);
    assertEquals(200, preview.status(), preview.toString());
    assertEquals(2, preview.json().getInt("validRows"));
    assertEquals(1, preview.json().getInt("invalidRows"));
    JsonObject bad = preview.json().getJsonArray("rows").getJsonObject(1);
    assertEquals(3, bad.getInt("rowNumber"));
    Set<String> columns = new HashSet<>();
    bad.getJsonArray("problems").forEach(p -> columns.add(p.asJsonObject().getString("column")));
    assertEquals(Set.of("content", "lead", "deadline", "cadence"), columns, bad.toString());
    assertTrue(
        bad.getJsonArray("problems").stream()
            .anyMatch(p -> p.asJsonObject().getString("message").contains("不存在的局")),
        "the message names the unknown unit in Chinese: " + bad);

    assertEquals(403, apiAs("unit").post("api/tasks/plan/preview", TestFiles.XLSX, plan).status());
    Reply refused = triage.post("api/tasks/plan", TestFiles.XLSX, plan);
    assertEquals(422, refused.status(), "all rows or none by default: " + refused);
    Reply imported = triage.post("api/tasks/plan?mode=VALID_ROWS", TestFiles.XLSX, plan);
    assertEquals(201, imported.status(), imported.toString());
    assertEquals(1, imported.json().getInt("skipped"));
    assertEquals(2, imported.json().getJsonArray("taskIds").size());
    long first = imported.json().getJsonArray("taskIds").getJsonNumber(0).longValue();
    JsonObject task = triage.get("api/tasks/" + first).json();
    assertEquals("ACTION_PLAN", task.getJsonObject("task").getString("source"));
    assertEquals(mark + "-1", task.getJsonObject("task").getString("sourceReference"));
    assertEquals("政务服务专项小组", task.getJsonObject("task").getString("leadUnitName"));
    assertEquals(2, task.getJsonArray("milestones").size());
    assertEquals(
        List.of("市市场监督管理局", "市税务局"),
        task.getJsonObject("task").getJsonArray("cooperatingUnitNames").stream()
            .map(v -> ((JsonString) v).getString())
            .toList());
    Reply countyLedger = apiAs("county").get("api/tasks?limit=200&sort=id&order=desc");
    assertTrue(
        countyLedger.json().getJsonArray("items").stream()
            .anyMatch(i -> i.asJsonObject().getJsonNumber("id").longValue() == first),
        "a member of the lead group sees the imported task");
  }
}
