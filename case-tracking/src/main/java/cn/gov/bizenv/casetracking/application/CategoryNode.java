package cn.gov.bizenv.casetracking.application;

import java.util.List;

/** A node of the category tree with its children, for pickers, the administrator's page and the API. */
public record CategoryNode(
    long id, String code, String name, int level, boolean active, long version, List<CategoryNode> children) {
  public CategoryNode {
    children = List.copyOf(children);
  }

  public boolean isLeaf() {
    return children.isEmpty();
  }
}
