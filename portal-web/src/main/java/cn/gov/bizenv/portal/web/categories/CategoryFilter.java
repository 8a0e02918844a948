package cn.gov.bizenv.portal.web.categories;

import cn.gov.bizenv.casetracking.application.directory.CategoryNode;
import cn.gov.bizenv.casetracking.application.directory.CategoryTree;
import cn.gov.bizenv.casetracking.domain.model.category.CategoryCode;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A list filter by category at any level: three chained menus, each offering the children of the
 * choice before it. The filter is the deepest choice, and it matches that category's whole subtree.
 */
@Named
@ViewScoped
public class CategoryFilter implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient CategoryTree categories;

  private List<CategoryNode> tree;
  private String level1;
  private String level2;
  private String level3;

  /** The chosen category's code, or null for any category. */
  public String getCode() {
    if (level1 == null) {
      return null;
    }
    if (level2 == null || !CategoryCode.isWithin(level2, level1)) {
      return level1;
    }
    return level3 == null || !CategoryCode.isWithin(level3, level2) ? level2 : level3;
  }

  public void clear() {
    level1 = null;
    level2 = null;
    level3 = null;
  }

  public List<CategoryNode> getTopLevel() {
    if (tree == null) {
      tree = categories.activeTree();
    }
    return tree;
  }

  public List<CategoryNode> getSecondLevel() {
    return CategoryChoices.childrenOf(getTopLevel(), level1);
  }

  public List<CategoryNode> getThirdLevel() {
    return CategoryChoices.childrenOf(getSecondLevel(), level2);
  }

  public String getLevel1() {
    return level1;
  }

  /** A new first choice discards the choices below it, which belonged to the old one. */
  public void setLevel1(String level1) {
    if (!Objects.equals(this.level1, level1)) {
      level2 = null;
      level3 = null;
    }
    this.level1 = level1;
  }

  public String getLevel2() {
    return level2;
  }

  public void setLevel2(String level2) {
    if (!Objects.equals(this.level2, level2)) {
      level3 = null;
    }
    this.level2 = level2;
  }

  public String getLevel3() {
    return level3;
  }

  public void setLevel3(String level3) {
    this.level3 = level3;
  }
}
