package cn.gov.bizenv.casetracking.domain.model.category;

import cn.gov.bizenv.casetracking.domain.shared.ConflictException;
import cn.gov.bizenv.casetracking.domain.shared.RuleViolationException;
import java.util.List;

/**
 * The rules of the tree an administrator meets: three levels at most, no children under a hidden
 * node, distinct names among siblings, and a bounded size so that pickers can show the whole tree.
 */
public final class CategoryRules {
  /** The whole tree is read at once for pickers; this keeps that cheap. */
  public static final int MAX_NODES = 2000;

  private CategoryRules() {}

  /**
   * A new child of {@code parent} (a top-level node when null) after its {@code siblings}.
   *
   * @param totalNodes how many nodes the tree has now
   */
  public static Category newChild(
      Category parent, List<Category> siblings, String name, long totalNodes) {
    if (parent != null && parent.getLevel() >= CategoryCode.MAX_LEVEL) {
      throw new RuleViolationException("category.depth.max", CategoryCode.MAX_LEVEL);
    }
    if (parent != null && !parent.isVisible()) {
      throw new RuleViolationException("category.parent.inactive");
    }
    if (totalNodes >= MAX_NODES) {
      throw new RuleViolationException("category.tree.full", MAX_NODES);
    }
    String stripped = CategoryName.require(name);
    requireUniqueName(stripped, siblings, null);
    int level = parent == null ? 1 : parent.getLevel() + 1;
    int ordinal = nextOrdinal(siblings);
    if (ordinal > CategoryCode.maxOrdinal(level)) {
      throw new RuleViolationException("category.children.full", CategoryCode.maxOrdinal(level));
    }
    return new Category(parent, ordinal, stripped);
  }

  /** Renames a node unless a sibling already has the name. */
  public static void rename(Category node, List<Category> siblings, String name) {
    String stripped = CategoryName.require(name);
    requireUniqueName(stripped, siblings, node);
    node.rename(stripped);
  }

  /** A node comes back only under a visible parent; otherwise it would stay hidden anyway. */
  public static void reactivate(Category node) {
    if (node.getParent() != null && !node.getParent().isVisible()) {
      throw new RuleViolationException("category.parent.inactive");
    }
    node.reactivate();
  }

  /** One more than the highest sibling number: numbers of deactivated nodes are never reused. */
  static int nextOrdinal(List<Category> siblings) {
    return siblings.stream()
            .mapToInt(sibling -> CategoryCode.ordinalOf(sibling.getCode()))
            .max()
            .orElse(0)
        + 1;
  }

  private static void requireUniqueName(String name, List<Category> siblings, Category except) {
    if (siblings.stream()
        .anyMatch(sibling -> sibling != except && sibling.getName().equals(name))) {
      throw new ConflictException("category.name.taken", name);
    }
  }
}
