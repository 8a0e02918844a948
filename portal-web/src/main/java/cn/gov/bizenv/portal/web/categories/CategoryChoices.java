package cn.gov.bizenv.portal.web.categories;

import cn.gov.bizenv.casetracking.application.directory.CategoryNode;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryCode;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryName;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The active category tree as a picker offers it: for classifying a case, nested groups whose
 * choosable items are third-level categories only (branches without any are left out), and the path
 * of a chosen category.
 */
public final class CategoryChoices implements Serializable {
  private static final long serialVersionUID = 1L;
  private final List<CategoryNode> tree;

  public CategoryChoices(List<CategoryNode> tree) {
    this.tree = List.copyOf(tree);
  }

  /**
   * Groups (levels 1 and 2) holding the choosable level-3 categories, by id, for p:cascadeSelect.
   */
  public List<SelectItem> classifiable() {
    List<SelectItem> items = new ArrayList<>();
    for (CategoryNode node : tree) {
      toItem(node).ifPresent(items::add);
    }
    return items;
  }

  private static Optional<SelectItem> toItem(CategoryNode node) {
    if (node.level() == CategoryCode.MAX_LEVEL) {
      return Optional.of(new SelectItem(node.id(), node.name()));
    }
    List<SelectItem> children = new ArrayList<>();
    node.children().forEach(child -> toItem(child).ifPresent(children::add));
    return children.isEmpty()
        ? Optional.empty()
        : Optional.of(new SelectItemGroup(node.name(), null, false, children));
  }

  /** The path of the category with this id, such as 城乡建设 / 安全生产 / 安全隐患; null if none. */
  public String pathOf(Long id) {
    List<String> names = new ArrayList<>();
    return id != null && collectPath(tree, id, names)
        ? String.join(CategoryName.PATH_SEPARATOR, names)
        : null;
  }

  private static boolean collectPath(List<CategoryNode> nodes, long id, List<String> names) {
    for (CategoryNode node : nodes) {
      names.add(node.name());
      if (node.id() == id || collectPath(node.children(), id, names)) {
        return true;
      }
      names.remove(names.size() - 1);
    }
    return false;
  }

  /** The top-level categories. */
  public List<CategoryNode> topLevel() {
    return tree;
  }

  /** The children of the node with this code among {@code nodes}; empty when none is chosen. */
  public static List<CategoryNode> childrenOf(List<CategoryNode> nodes, String code) {
    return nodes.stream()
        .filter(node -> Objects.equals(node.code(), code))
        .findFirst()
        .map(CategoryNode::children)
        .orElse(List.of());
  }
}
