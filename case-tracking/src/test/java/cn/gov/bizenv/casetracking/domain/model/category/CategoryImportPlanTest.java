package cn.gov.bizenv.casetracking.domain.model.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.model.category.CategoryImportPlan.NewNode;
import cn.gov.bizenv.casetracking.domain.shared.FieldViolation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an import would do to a small tree, row by row. */
class CategoryImportPlanTest {
  final Category city = new Category(null, 1, "城乡建设");
  final Category safety = new Category(city, 1, "安全生产");
  final Category hazard = new Category(safety, 2, "安全隐患");
  final Category business = new Category(null, 2, "营商环境");
  final List<Category> tree = new ArrayList<>(List.of(city, safety, hazard, business));

  CategoryImportPlan plan(String csv) {
    return CategoryImportPlan.of(tree, CategoryCsv.read(csv.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void existingPathsAreFoundAndMissingNodesGetTheNextCodes() {
    CategoryImportPlan plan =
        plan(
            "一级分类,二级分类,三级分类\n城乡建设,安全生产,安全隐患\n城乡建设,安全生产,事故处理\n营商环境,行政审批,审批超期\n"
                + "营商环境,行政审批,材料重复\n教育文体\n");
    assertTrue(plan.isValid());
    List<ImportRow> rows = plan.rows();
    assertEquals(List.of(2, 3, 4, 5, 6), rows.stream().map(ImportRow::line).toList());
    assertEquals(
        List.of(
            ImportOutcome.EXISTING,
            ImportOutcome.NEW,
            ImportOutcome.NEW,
            ImportOutcome.NEW,
            ImportOutcome.NEW),
        rows.stream().map(ImportRow::outcome).toList());
    assertEquals(
        List.of("01.01.002", "01.01.003", "02.01.001", "02.01.002", "03"),
        rows.stream().map(ImportRow::code).toList());
    assertEquals(
        List.of(
            new NewNode("01.01", 3, "事故处理", "01.01.003"),
            new NewNode("02", 1, "行政审批", "02.01"),
            new NewNode("02.01", 1, "审批超期", "02.01.001"),
            new NewNode("02.01", 2, "材料重复", "02.01.002"),
            new NewNode(null, 3, "教育文体", "03")),
        plan.newNodes());
  }

  @Test
  void aRowRepeatedInTheFileAddsItsNodesOnce() {
    CategoryImportPlan plan = plan("营商环境,融资服务,融资难\n营商环境,融资服务,融资难\n");
    assertEquals(
        List.of(ImportOutcome.NEW, ImportOutcome.EXISTING),
        plan.rows().stream().map(ImportRow::outcome).toList());
    assertEquals(2, plan.newNodes().size());
  }

  @Test
  void eachInvalidRowNamesTheColumnsAtFault() {
    String tooLong = "名".repeat(CategoryName.MAX + 1);
    CategoryImportPlan plan =
        plan(
            "营商环境,,审批超期\n营商环境,行政审批,"
                + tooLong
                + "\n,行政审批,审批超期\n营商环境,行政审批,审批超期,多余\n"
                + "营商环境,水/电,停水\n\"营商\"环境,行政审批,x\n营商环境,行政审批,审批超期\n");
    assertFalse(plan.isValid());
    assertEquals(6, plan.invalidRows());
    List<ImportRow> rows = plan.rows();
    assertEquals(
        List.of(new FieldViolation("level2", "category.import.gap", Map.of())),
        rows.get(0).problems());
    assertEquals(
        List.of(
            new FieldViolation("level3", "category.name.size", Map.of("max", CategoryName.MAX))),
        rows.get(1).problems());
    assertEquals(tooLong, rows.get(1).level3(), "the preview shows what the file says");
    assertEquals("level1", rows.get(2).problems().get(0).field());
    assertEquals("category.import.columns", rows.get(3).problems().get(0).messageKey());
    assertEquals("category.name.slash", rows.get(4).problems().get(0).messageKey());
    assertEquals("category.import.quote", rows.get(5).problems().get(0).messageKey());
    assertNull(rows.get(0).code());
    assertEquals(
        ImportOutcome.NEW, rows.get(6).outcome(), "valid rows are still planned and shown");
  }

  @Test
  void anInvalidRowAddsNothingTheFollowingRowsCouldBuildOn() {
    CategoryImportPlan plan =
        plan("新类,行政审批," + "名".repeat(CategoryName.MAX + 1) + "\n新类,行政审批,审批超期\n");
    assertEquals(ImportOutcome.INVALID, plan.rows().get(0).outcome());
    assertEquals("03.01.001", plan.rows().get(1).code(), "the second row plans 新类 afresh");
    assertEquals(3, plan.newNodes().size());
  }

  @Test
  void nothingIsPlannedUnderADeactivatedNodeButItStillMatches() {
    safety.deactivate();
    CategoryImportPlan plan = plan("城乡建设,安全生产,安全隐患\n城乡建设,安全生产,事故处理\n");
    assertEquals(ImportOutcome.EXISTING, plan.rows().get(0).outcome());
    assertEquals(
        List.of(new FieldViolation("level2", "category.import.parentInactive", Map.of())),
        plan.rows().get(1).problems());
    assertTrue(plan.newNodes().isEmpty());
  }

  @Test
  void aFullFamilyIsReported() {
    for (int ordinal = 3; ordinal <= 99; ordinal++) {
      tree.add(new Category(null, ordinal, "类" + ordinal));
    }
    CategoryImportPlan plan = plan("类99\n再一个\n");
    assertEquals(ImportOutcome.EXISTING, plan.rows().get(0).outcome());
    assertEquals("category.import.childrenFull", plan.rows().get(1).problems().get(0).messageKey());
  }
}
