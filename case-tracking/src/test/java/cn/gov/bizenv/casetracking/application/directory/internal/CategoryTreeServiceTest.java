package cn.gov.bizenv.casetracking.application.directory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.bizenv.casetracking.application.directory.CategoryNode;
import cn.gov.bizenv.casetracking.domain.model.category.Category;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The nested tree built from the flat list one query returns. */
class CategoryTreeServiceTest {
  private long nextId = 1;
  final Category city = stored(new Category(null, 1, "城乡建设"));
  final Category safety = stored(new Category(city, 1, "安全生产"));
  final Category hazard = stored(new Category(safety, 1, "安全隐患"));
  final Category planning = stored(new Category(city, 2, "城乡规划"));
  final Category illegal = stored(new Category(planning, 1, "违章建筑"));
  final Category business = stored(new Category(null, 2, "营商环境"));

  @Test
  void nodesAreNestedUnderTheirParentsInOrder() {
    List<CategoryNode> tree =
        CategoryTreeService.tree(List.of(city, business, safety, planning, hazard, illegal));
    assertEquals(List.of("城乡建设", "营商环境"), tree.stream().map(CategoryNode::name).toList());
    assertEquals(
        List.of("安全生产", "城乡规划"), tree.get(0).children().stream().map(CategoryNode::name).toList());
    assertEquals("01.02.001", tree.get(0).children().get(1).children().get(0).code());
    assertTrue(tree.get(1).isLeaf());
  }

  @Test
  void aNodeMissingFromTheListHidesItsSubtree() {
    // As the active-only query returns it after 城乡规划 was deactivated.
    List<CategoryNode> tree =
        CategoryTreeService.tree(List.of(city, business, safety, hazard, illegal));
    assertEquals(List.of("安全生产"), tree.get(0).children().stream().map(CategoryNode::name).toList());
    assertEquals(List.of("城乡建设", "营商环境"), tree.stream().map(CategoryNode::name).toList());
  }

  // The database gives ids; here they are set as the repository would find them.
  private Category stored(Category category) {
    try {
      Field id = Category.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(category, nextId++);
      return category;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
