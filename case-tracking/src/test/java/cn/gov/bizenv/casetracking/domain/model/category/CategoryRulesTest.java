package cn.gov.bizenv.casetracking.domain.model.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree's rules as an administrator meets them, without a database. */
class CategoryRulesTest {
  final Category city = new Category(null, 1, "城乡建设");
  final Category safety = new Category(city, 1, "安全生产");
  final Category hazard = new Category(safety, 3, "安全隐患");

  @Test
  void aNodeKnowsItsLevelCodeAndPath() {
    assertEquals(3, hazard.getLevel());
    assertEquals("01.01.003", hazard.getCode());
    assertEquals("城乡建设 / 安全生产 / 安全隐患", hazard.path());
    assertEquals(List.of("城乡建设", "安全生产"), safety.pathNames());
  }

  @Test
  void childrenGetTheNextNumberAfterTheHighestSibling() {
    Category added = CategoryRules.newChild(safety, List.of(hazard), " 事故处理 ", 3);
    assertEquals("01.01.004", added.getCode());
    assertEquals("事故处理", added.getName());
    assertEquals(4, added.getSortOrder());
    assertEquals(safety, added.getParent());
    assertEquals("02", CategoryRules.newChild(null, List.of(city), "营商环境", 3).getCode());
    assertEquals("01.01.001", CategoryRules.newChild(safety, List.of(), "首个", 3).getCode());
  }

  @Test
  void aThirdLevelNodeHasNoChildren() {
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () -> CategoryRules.newChild(hazard, List.of(), "第四级", 3));
    assertEquals("category.depth.max", refused.messageKey());
    assertEquals(List.of(3), refused.arguments());
    assertThrows(IllegalArgumentException.class, () -> new Category(hazard, 1, "第四级"));
  }

  @Test
  void siblingsHaveDistinctNamesButCousinsMayShareOne() {
    ConflictException taken =
        assertThrows(
            ConflictException.class,
            () -> CategoryRules.newChild(safety, List.of(hazard), "安全隐患 ", 3));
    assertEquals("category.name.taken", taken.messageKey());
    Category roads = new Category(city, 2, "道路");
    assertEquals("安全隐患", CategoryRules.newChild(roads, List.of(), "安全隐患", 4).getName());

    Category accident = new Category(safety, 4, "事故处理");
    assertThrows(
        ConflictException.class,
        () -> CategoryRules.rename(accident, List.of(hazard, accident), "安全隐患"));
    CategoryRules.rename(accident, List.of(hazard, accident), "事故处理");
    CategoryRules.rename(accident, List.of(hazard, accident), "生产事故");
    assertEquals("生产事故", accident.getName());
  }

  @Test
  void nothingIsAddedUnderAHiddenNode() {
    city.deactivate();
    assertFalse(hazard.isVisible(), "a deactivated node hides its subtree");
    assertFalse(hazard.isClassifiable());
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class, () -> CategoryRules.newChild(safety, List.of(), "新类", 3));
    assertEquals("category.parent.inactive", refused.messageKey());
    assertThrows(RuleViolationException.class, () -> CategoryRules.reactivate(safety));
    CategoryRules.reactivate(city);
    assertTrue(hazard.isClassifiable());
  }

  @Test
  void onlyVisibleThirdLevelNodesClassifyCases() {
    assertTrue(hazard.isClassifiable());
    assertFalse(safety.isClassifiable());
    assertFalse(city.isClassifiable());
    hazard.deactivate();
    assertFalse(hazard.isClassifiable());
    assertTrue(safety.isVisible());
  }

  @Test
  void theTreeAndEachFamilyAreBounded() {
    assertEquals(
        "category.tree.full",
        assertThrows(
                RuleViolationException.class,
                () -> CategoryRules.newChild(safety, List.of(), "新类", CategoryRules.MAX_NODES))
            .messageKey());
    Category last = new Category(null, 99, "末位");
    assertEquals(
        "category.children.full",
        assertThrows(
                RuleViolationException.class,
                () -> CategoryRules.newChild(null, List.of(last), "新类", 3))
            .messageKey());
  }

  @Test
  void namesAreRequiredBoundedAndFreeOfSlashes() {
    assertEquals("category.name.required", CategoryName.problem(" ").orElseThrow());
    assertEquals(
        "category.name.size", CategoryName.problem("名".repeat(CategoryName.MAX + 1)).orElseThrow());
    assertTrue(CategoryName.problem(" " + "名".repeat(CategoryName.MAX) + " ").isEmpty());
    assertEquals("category.name.slash", CategoryName.problem("水/电").orElseThrow());
    assertThrows(IllegalArgumentException.class, () -> hazard.rename("水/电"));
  }
}
