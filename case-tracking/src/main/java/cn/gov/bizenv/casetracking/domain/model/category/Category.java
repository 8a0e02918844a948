package cn.gov.bizenv.casetracking.domain.model.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A node of the three-level category tree (一级/二级/三级分类). Its code is fixed at creation from its
 * parent and its place among its siblings ({@link CategoryCode}); its name can change. Nodes are
 * never deleted: a deactivated node and everything below it disappear from choice lists, while
 * cases already classified under it keep it.
 */
@Entity
@Table(name = "category")
public class Category {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
  @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 20, updatable = false)
  private String code;

  @Column(nullable = false, length = CategoryName.MAX)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id", updatable = false)
  private Category parent;

  @Column(nullable = false, updatable = false)
  private int level;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Version private long version;

  protected Category() {}

  /**
   * A new node, the {@code ordinal}-th child of {@code parent} (a top-level node when the parent is
   * null); it is shown after its older siblings.
   */
  public Category(Category parent, int ordinal, String name) {
    if (parent != null && parent.level >= CategoryCode.MAX_LEVEL) {
      throw new IllegalArgumentException(
          "a level-" + CategoryCode.MAX_LEVEL + " category has no children");
    }
    this.parent = parent;
    this.level = parent == null ? 1 : parent.level + 1;
    this.code = CategoryCode.of(parent == null ? null : parent.code, ordinal);
    this.name = CategoryName.require(name);
    this.sortOrder = ordinal;
  }

  public void rename(String newName) {
    this.name = CategoryName.require(newName);
  }

  public void deactivate() {
    this.active = false;
  }

  public void reactivate() {
    this.active = true;
  }

  /** Whether the node and all its ancestors are active, that is, whether pickers offer it. */
  public boolean isVisible() {
    for (Category node = this; node != null; node = node.parent) {
      if (!node.active) {
        return false;
      }
    }
    return true;
  }

  /** Whether a case may be classified under it: a visible node of the third level. */
  public boolean isClassifiable() {
    return level == CategoryCode.MAX_LEVEL && isVisible();
  }

  /** The names from the top level down to this node. */
  public List<String> pathNames() {
    List<String> names = new ArrayList<>(CategoryCode.MAX_LEVEL);
    for (Category node = this; node != null; node = node.parent) {
      names.add(node.name);
    }
    Collections.reverse(names);
    return names;
  }

  /** For example {@code 城乡建设 / 安全生产 / 安全隐患}. */
  public String path() {
    return String.join(CategoryName.PATH_SEPARATOR, pathNames());
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public Category getParent() {
    return parent;
  }

  public int getLevel() {
    return level;
  }

  public boolean isActive() {
    return active;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public long getVersion() {
    return version;
  }
}
