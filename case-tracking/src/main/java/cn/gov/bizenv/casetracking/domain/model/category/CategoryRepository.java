package cn.gov.bizenv.casetracking.domain.model.category;

import java.util.List;
import java.util.Optional;

/**
 * Stores the category tree. The tree is small and bounded ({@link CategoryRules#MAX_NODES} nodes),
 * so it is read whole, in one query, for pickers, the administrator's page and imports.
 */
public interface CategoryRepository {
  Optional<Category> find(long id);

  /** The category with this code (codes are unique), active or not. */
  Optional<Category> findByCode(String code);

  /** Every node, parents before children and siblings in their order. */
  List<Category> all();

  /** Active nodes only, in the same order as {@link #all()}. */
  List<Category> allActive();

  /** The children of a node, or the top-level nodes when {@code parent} is null. */
  List<Category> children(Category parent);

  long count();

  /** Stores a new node at the next {@link #flush()} at the latest. */
  void add(Category category);

  /**
   * Writes pending changes now, so that a concurrent edit, or a code or sibling name taken
   * meanwhile by someone else, is reported as a conflict.
   */
  void flush();
}
