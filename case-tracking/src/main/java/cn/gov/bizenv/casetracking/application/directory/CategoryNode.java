package cn.gov.bizenv.casetracking.application.directory;

import java.io.Serializable;
import java.util.List;

/**
 * A node of the category tree with its children, for pickers, the administrator's page and the API.
 * Serializable because view-scoped pages keep the tree between requests.
 */
public record CategoryNode(
    long id,
    String code,
    String name,
    int level,
    boolean active,
    long version,
    List<CategoryNode> children)
    implements Serializable {
  public CategoryNode {
    children = List.copyOf(children);
  }

  public boolean isLeaf() {
    return children.isEmpty();
  }
}
