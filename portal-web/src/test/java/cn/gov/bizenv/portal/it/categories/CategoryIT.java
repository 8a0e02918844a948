package cn.gov.bizenv.portal.it.categories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.portal.it.ApiClient;
import cn.gov.bizenv.portal.it.ApiClient.Reply;
import cn.gov.bizenv.portal.it.PortalIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The category tree black-box over HTTP on PostgreSQL: the shipped tree, administrators shaping it
 * and importing CSV files, and cases classified by it and found by any level of it. Nodes the tests
 * add go under 营商环境 with unique names, so the tests do not depend on each other's order.
 */
class CategoryIT extends PortalIT {
  static final String PASSWORD = "Demo@2026";
  static final String CSV = "text/csv; charset=UTF-8";
  static final List<String> SHIPPED_TOP_LEVEL =
      List.of(
          "城乡建设", "党务政务", "国土资源", "环境保护", "纪检监察", "交通运输", "经济管理", "科技与信息产业", "民政", "农村农业", "商贸旅游",
          "卫生计生", "政法", "教育文体", "劳动和社会保障", "营商环境");

  URL base;
  ApiClient admin;
  ApiClient triage;

  @BeforeEach
  void clients() {
    base = onLoopback();
    admin = apiAs("admin");
    triage = apiAs("triage");
  }

  @Test
  void everyoneSignedInReadsTheShippedTreeNested() {
    Reply read = apiAs("unit").get("api/categories");
    assertEquals(200, read.status(), read.toString());
    JsonArray tree = read.structure().asJsonArray();
    assertEquals(SHIPPED_TOP_LEVEL, names(tree).subList(0, SHIPPED_TOP_LEVEL.size()));
    JsonObject hazard = child(child(node(tree, "城乡建设"), "安全生产"), "安全隐患");
    assertEquals("01.01.003", hazard.getString("code"));
    assertEquals(3, hazard.getInt("level"));
    assertTrue(hazard.getJsonArray("children").isEmpty());
    assertTrue(
        names(node(tree, "营商环境").getJsonArray("children"))
            .containsAll(
                List.of(
                    "行政审批", "涉企收费", "政策兑现", "执法检查", "市场准入", "要素保障", "融资服务", "拖欠企业账款", "政务服务",
                    "法治环境")));

    JsonObject view = triage.get("api/categories/" + hazard.getJsonNumber("id").longValue()).json();
    assertEquals("城乡建设 / 安全生产 / 安全隐患", view.getString("path"));
    assertEquals(401, ApiClient.anonymous(base).get("api/categories").status());
    assertEquals(
        403,
        triage.get("api/categories?all=true").status(),
        "only administrators see deactivated nodes");
  }

  @Test
  void anAdministratorAddsANodeAndATriageOfficerClassifiesACaseFoundByItsTopLevel() {
    JsonObject approval = child(node(activeTree(), "营商环境"), "行政审批");
    String name = "测试事项" + suffix();
    Reply created =
        admin.post(
            "api/categories", "{\"parentId\":" + id(approval) + ",\"name\":\" " + name + " \"}");
    assertEquals(201, created.status(), created.toString());
    assertNotNull(created.location());
    JsonObject leaf = created.json();
    assertEquals(name, leaf.getString("name"));
    assertEquals(3, leaf.getInt("level"));
    assertTrue(leaf.getString("code").matches("16\\.01\\.\\d{3}"), leaf.toString());
    assertEquals("营商环境 / 行政审批 / " + name, leaf.getString("path"));
    assertTrue(
        names(child(node(activeTree(), "营商环境"), "行政审批").getJsonArray("children")).contains(name));

    assertEquals(
        403,
        triage
            .post("api/categories", "{\"parentId\":" + id(approval) + ",\"name\":\"x\"}")
            .status());

    String marker = "分类" + suffix();
    Reply recorded = triage.post("api/cases", newCase("审批超时 " + marker, id(leaf)));
    assertEquals(201, recorded.status(), recorded.toString());
    assertEquals("营商环境 / 行政审批 / " + name, recorded.json().getString("categoryPath"));
    assertEquals(leaf.getString("code"), recorded.json().getString("categoryCode"));

    for (String code : List.of("16", "16.01", leaf.getString("code"))) {
      JsonObject found = triage.get("api/cases?category=" + code + "&q=" + encode(marker)).json();
      assertEquals(1, found.getInt("total"), code + ": " + found);
      assertEquals(
          "营商环境 / 行政审批 / " + name,
          found.getJsonArray("items").getJsonObject(0).getString("categoryPath"));
    }
    assertEquals(0, triage.get("api/cases?category=01&q=" + encode(marker)).json().getInt("total"));
    assertEquals(
        400, triage.get("api/cases?category=16.010").status(), "a code has 2, 2 and 3 digits");
    Reply malformed = triage.get("api/cases?category=16%25");
    assertEquals(400, malformed.status(), malformed.toString());
    assertEquals(
        "category", malformed.json().getJsonArray("fields").getJsonObject(0).getString("field"));

    // A case is classified at the third level; an unclassified case is fine too.
    Reply branch = triage.post("api/cases", newCase("二级分类 " + marker, id(approval)));
    assertEquals(400, branch.status(), branch.toString());
    assertEquals(
        "categoryId", branch.json().getJsonArray("fields").getJsonObject(0).getString("field"));
    Reply unclassified = triage.post("api/cases", newCase("未分类 " + marker, null));
    assertEquals(201, unclassified.status(), unclassified.toString());
    JsonObject plain = unclassified.json();
    assertTrue(
        !plain.containsKey("categoryPath") || plain.isNull("categoryPath"), plain.toString());
  }

  @Test
  void renamesAreGuardedAndTheTreeKeepsItsShape() {
    JsonObject business = node(activeTree(), "营商环境");
    String name = "测试分组" + suffix();
    JsonObject group =
        admin
            .post("api/categories", "{\"parentId\":" + id(business) + ",\"name\":\"" + name + "\"}")
            .json();
    assertEquals(2, group.getInt("level"));
    JsonObject leaf =
        admin.post("api/categories", "{\"parentId\":" + id(group) + ",\"name\":\"细项\"}").json();
    String leafCode = leaf.getString("code");
    assertEquals(group.getString("code") + ".001", leafCode);

    Reply renamed =
        admin.put(
            "api/categories/" + id(group),
            "{\"name\":\"" + name + "改\",\"version\":" + group.getJsonNumber("version") + "}");
    assertEquals(200, renamed.status(), renamed.toString());
    assertEquals(
        group.getString("code"), renamed.json().getString("code"), "a rename keeps the code");
    assertEquals(
        "营商环境 / " + name + "改 / 细项",
        admin.get("api/categories/" + id(leaf)).json().getString("path"));

    Reply stale =
        admin.put(
            "api/categories/" + id(group),
            "{\"name\":\"" + name + "旧\",\"version\":" + group.getJsonNumber("version") + "}");
    assertEquals(409, stale.status(), stale.toString());
    assertEquals("error.conflict.stale", stale.json().getString("code"));

    Reply sibling =
        admin.post("api/categories", "{\"parentId\":" + id(business) + ",\"name\":\"行政审批\"}");
    assertEquals(409, sibling.status(), sibling.toString());
    assertEquals("category.name.taken", sibling.json().getString("code"));
    Reply fourthLevel =
        admin.post("api/categories", "{\"parentId\":" + id(leaf) + ",\"name\":\"第四级\"}");
    assertEquals(422, fourthLevel.status(), fourthLevel.toString());
    assertEquals("category.depth.max", fourthLevel.json().getString("code"));
    Reply invalid =
        admin.post(
            "api/categories",
            "{\"parentId\":" + id(business) + ",\"name\":\"" + "长".repeat(31) + "\"}");
    assertEquals(400, invalid.status(), invalid.toString());
    assertEquals("name", invalid.json().getJsonArray("fields").getJsonObject(0).getString("field"));
  }

  @Test
  void aDeactivatedNodeIsHiddenWithItsSubtreeWhileItsCasesKeepIt() {
    JsonObject business = node(activeTree(), "营商环境");
    String name = "停用测试" + suffix();
    JsonObject group =
        admin
            .post("api/categories", "{\"parentId\":" + id(business) + ",\"name\":\"" + name + "\"}")
            .json();
    JsonObject leaf =
        admin.post("api/categories", "{\"parentId\":" + id(group) + ",\"name\":\"细项\"}").json();
    String marker = "停用" + suffix();
    assertEquals(201, triage.post("api/cases", newCase("停用前登记 " + marker, id(leaf))).status());

    Reply deactivated =
        admin.post(
            "api/categories/"
                + id(group)
                + "/deactivation?version="
                + group.getJsonNumber("version"),
            "");
    assertEquals(200, deactivated.status(), deactivated.toString());
    assertFalse(deactivated.json().getBoolean("active"));

    assertFalse(
        names(node(activeTree(), "营商环境").getJsonArray("children")).contains(name),
        "hidden from pickers");
    JsonObject inFullTree =
        child(node(admin.get("api/categories?all=true").structure().asJsonArray(), "营商环境"), name);
    assertFalse(inFullTree.getBoolean("active"));
    assertEquals(
        1, inFullTree.getJsonArray("children").size(), "administrators still see the subtree");

    Reply hiddenLeaf = triage.post("api/cases", newCase("停用后登记 " + marker, id(leaf)));
    assertEquals(400, hiddenLeaf.status(), hiddenLeaf.toString());
    assertEquals(
        "case.category.unknown",
        hiddenLeaf.json().getJsonArray("fields").getJsonObject(0).getString("code"));
    JsonObject kept =
        triage.get("api/cases?category=" + group.getString("code") + "&q=" + encode(marker)).json();
    assertEquals(1, kept.getInt("total"), kept.toString());
    assertEquals(
        "营商环境 / " + name + " / 细项",
        kept.getJsonArray("items").getJsonObject(0).getString("categoryPath"));

    Reply reactivated =
        admin.post(
            "api/categories/"
                + id(group)
                + "/reactivation?version="
                + deactivated.json().getJsonNumber("version"),
            "");
    assertEquals(200, reactivated.status(), reactivated.toString());
    assertTrue(names(node(activeTree(), "营商环境").getJsonArray("children")).contains(name));
  }

  @Test
  void anImportPreviewReportsInvalidRowsAndACommitOfThemStoresNothing() {
    String group = "导入测试" + suffix();
    String csv =
        "一级分类,二级分类,三级分类\r\n"
            + "城乡建设,安全生产,安全隐患\r\n"
            + "营商环境,"
            + group
            + ",新增细项\r\n"
            + "营商环境,,"
            + group
            + "缺二级\r\n"
            + "营商环境,"
            + group
            + ","
            + "长".repeat(31)
            + "\r\n";
    Reply preview =
        admin.post("api/categories/import?dryRun=true", CSV, csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, preview.status(), preview.toString());
    JsonObject report = preview.json();
    assertFalse(report.getBoolean("valid"));
    assertFalse(report.getBoolean("committed"));
    assertEquals(2, report.getInt("invalidRows"));
    JsonArray rows = report.getJsonArray("rows");
    assertEquals(
        List.of("EXISTING", "NEW", "INVALID", "INVALID"),
        rows.stream().map(r -> r.asJsonObject().getString("outcome")).toList());
    assertEquals(
        List.of(2, 3, 4, 5), rows.stream().map(r -> r.asJsonObject().getInt("line")).toList());
    assertEquals("01.01.003", rows.getJsonObject(0).getString("code"));
    JsonObject gap = rows.getJsonObject(2).getJsonArray("problems").getJsonObject(0);
    assertEquals("level2", gap.getString("field"));
    assertEquals("category.import.gap", gap.getString("code"));
    assertEquals("填写了三级分类时，二级分类不能为空。", gap.getString("message"));
    JsonObject tooLong = rows.getJsonObject(3).getJsonArray("problems").getJsonObject(0);
    assertEquals("level3", tooLong.getString("field"));
    assertEquals("分类名称不能超过 30 个字。", tooLong.getString("message"));

    Reply commit =
        admin.post("api/categories/import?dryRun=false", CSV, csv.getBytes(StandardCharsets.UTF_8));
    assertEquals(422, commit.status(), commit.toString());
    assertFalse(commit.json().getBoolean("committed"));
    assertFalse(
        names(
                node(admin.get("api/categories?all=true").structure().asJsonArray(), "营商环境")
                    .getJsonArray("children"))
            .contains(group),
        "nothing was stored");

    String valid = "营商环境," + group + ",新增细项\n营商环境," + group + ",另一细项\n";
    Reply imported =
        admin.post(
            "api/categories/import?dryRun=false", CSV, valid.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, imported.status(), imported.toString());
    assertTrue(imported.json().getBoolean("committed"));
    assertEquals(3, imported.json().getInt("newNodes"));
    assertEquals(
        List.of("新增细项", "另一细项"),
        names(child(node(activeTree(), "营商环境"), group).getJsonArray("children")));
    Reply again =
        admin.post(
            "api/categories/import?dryRun=false", CSV, valid.getBytes(StandardCharsets.UTF_8));
    assertEquals(
        0, again.json().getInt("newNodes"), "a second import of the same file adds nothing");
  }

  @Test
  void filesThatCannotBeReadAreRefusedAsAWhole() {
    Reply gbk =
        admin.post("api/categories/import", CSV, "营商环境,行政审批,审批超期".getBytes(Charset.forName("GBK")));
    assertEquals(400, gbk.status(), gbk.toString());
    assertEquals(
        "category.import.encoding",
        gbk.json().getJsonArray("fields").getJsonObject(0).getString("code"));
    Reply misspelt =
        admin.post("api/categories/import?dryRun=no", CSV, "营商环境".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, misspelt.status(), misspelt.toString());
    assertEquals(
        403,
        triage
            .post("api/categories/import", CSV, "营商环境".getBytes(StandardCharsets.UTF_8))
            .status());
  }

  private JsonArray activeTree() {
    Reply tree = triage.get("api/categories");
    assertEquals(200, tree.status(), tree.toString());
    return tree.structure().asJsonArray();
  }

  private static JsonObject node(JsonArray nodes, String name) {
    return find(nodes, name)
        .orElseThrow(() -> new AssertionError("no category " + name + " in " + names(nodes)));
  }

  private static JsonObject child(JsonObject parent, String name) {
    return node(parent.getJsonArray("children"), name);
  }

  private static Optional<JsonObject> find(JsonArray nodes, String name) {
    return nodes.stream()
        .map(JsonValue::asJsonObject)
        .filter(n -> n.getString("name").equals(name))
        .findFirst();
  }

  private static List<String> names(JsonArray nodes) {
    return nodes.stream().map(n -> n.asJsonObject().getString("name")).toList();
  }

  private static long id(JsonObject node) {
    return node.getJsonNumber("id").longValue();
  }

  private String newCase(String title, Long categoryId) {
    return "{\"channel\":\"BUSINESS_ENVIRONMENT_COMPLAINT\",\"title\":\""
        + title
        + "\",\"content\":\"企业反映的问题。\","
        + "\"concernedUnitId\":"
        + triage.unitId("市行政审批和政务信息管理局")
        + (categoryId == null ? "" : ",\"categoryId\":" + categoryId)
        + "}";
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
