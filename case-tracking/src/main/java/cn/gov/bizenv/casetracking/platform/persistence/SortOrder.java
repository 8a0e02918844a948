package cn.gov.bizenv.casetracking.platform.persistence;

import cn.gov.bizenv.casetracking.domain.shared.paging.PageRequest;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Maps a page's sort field through a whitelist to an entity path; anything else sorts by the
 * default. The id is always the last key so that pages are stable when values repeat.
 */
public final class SortOrder<T> {
  private final Map<String, Function<Root<T>, Path<?>>> sortable;
  private final String defaultField;
  private final boolean defaultAscending;

  public SortOrder(
      Map<String, Function<Root<T>, Path<?>>> sortable,
      String defaultField,
      boolean defaultAscending) {
    this.sortable = Map.copyOf(sortable);
    this.defaultField = defaultField;
    this.defaultAscending = defaultAscending;
  }

  public List<Order> of(PageRequest page, CriteriaBuilder cb, Root<T> root) {
    boolean known = page.sortField() != null && sortable.containsKey(page.sortField());
    String field = known ? page.sortField() : defaultField;
    boolean ascending = known ? page.ascending() : defaultAscending;
    Path<?> path = sortable.get(field).apply(root);
    List<Order> orders = new ArrayList<>();
    orders.add(ascending ? cb.asc(path) : cb.desc(path));
    orders.add(ascending ? cb.asc(root.get("id")) : cb.desc(root.get("id")));
    return orders;
  }

  /** Escapes LIKE wildcards in what a person typed, and wraps it for a substring match. */
  public static String containsPattern(String text) {
    String escaped =
        text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
